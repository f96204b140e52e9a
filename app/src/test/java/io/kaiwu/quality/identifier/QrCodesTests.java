package io.kaiwu.quality.identifier;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.kaiwu.quality.Genealogy.Form;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QR codes decode back to the resolver address, from the PNG and from the SVG (its path
 * drawn back into pixels); object codes keep to their alphabet.
 */
class QrCodesTests {

	static final String URL = "https://kaiwu.example.com/id/88.118.8/L7K3QZ9X2M4PA";

	@Test
	void pngDecodesBackToTheAddress() throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL, 4)));
		assertThat(decode(image)).isEqualTo(URL);
	}

	@Test
	void svgDecodesBackToTheAddress() throws Exception {
		String svg = QrCodes.svg(URL);
		Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		assertThat(size.find()).isTrue();
		int modules = Integer.parseInt(size.group(1));
		int scale = 4;
		BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, 0xFFFFFF);
			}
		}
		Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
		int runs = 0;
		while (run.find()) {
			runs++;
			int x0 = Integer.parseInt(run.group(1));
			int y0 = Integer.parseInt(run.group(2));
			int length = Integer.parseInt(run.group(3));
			for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
				for (int x = x0 * scale; x < (x0 + length) * scale; x++) {
					image.setRGB(x, y, 0);
				}
			}
		}
		assertThat(runs).isGreaterThan(50);
		assertThat(decode(image)).isEqualTo(URL);
	}

	@Test
	void objectCodesKeepToCrockfordBase32AndNameTheirForm() {
		for (int i = 0; i < 1000; i++) {
			String lot = ObjectCodes.next(Form.LOT);
			assertThat(ObjectCodes.valid(lot)).as(lot).isTrue();
			assertThat(lot).startsWith("L").hasSize(13).doesNotContain("I", "O", "U").matches("L[0-9A-Z]{12}");
		}
		assertThat(ObjectCodes.next(Form.SERIAL)).startsWith("S");
		assertThat(ObjectCodes.valid("L7K3QZ9X2M4PO")).as("O is not in the alphabet").isFalse();
	}

	@Test
	void acceptsRegisteredPrefixesOnly() {
		assertThat(EnterprisePrefix.valid("88.118.8")).isTrue();
		assertThat(EnterprisePrefix.valid("88.1001.12345")).isTrue();
		assertThat(EnterprisePrefix.valid("88")).isFalse();
		assertThat(EnterprisePrefix.valid("88.118.8/")).isFalse();
		assertThat(EnterprisePrefix.valid("abc.1")).isFalse();
		assertThat(ProductIdentifiers.wellFormed("88.118.8/L7K3QZ9X2M4PA")).isTrue();
		assertThat(ProductIdentifiers.wellFormed("88.118.8/L7K3QZ9X2M4PA/x")).isFalse();
	}

	static String decode(BufferedImage image)
			throws NotFoundException, ChecksumException, FormatException, IOException {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap).getText();
	}

}
