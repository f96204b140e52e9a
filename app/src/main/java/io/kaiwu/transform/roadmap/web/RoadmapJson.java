package io.kaiwu.transform.roadmap.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.atlas.AtlasPack;
import io.kaiwu.transform.atlas.ScenarioAtlas;
import io.kaiwu.transform.roadmap.PlannedScenario;
import io.kaiwu.transform.roadmap.PlanningRoadmaps;
import io.kaiwu.transform.roadmap.Project;
import io.kaiwu.transform.roadmap.Roadmap;
import io.kaiwu.transform.roadmap.kernel.ProjectCashFlow;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A roadmap as JSON and as the page's model: its phases with their scenarios, and its
 * projects with their money worked out (NPV at the roadmap's rate, ROI, payback).
 */
@Component
class RoadmapJson {

	private final PlanningRoadmaps roadmaps;

	private final ScenarioAtlas atlas;

	RoadmapJson(PlanningRoadmaps roadmaps, ScenarioAtlas atlas) {
		this.roadmaps = roadmaps;
		this.atlas = atlas;
	}

	Map<String, Object> summary(Roadmap r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", r.id());
		json.put("name", r.name());
		json.put("approach", r.approach().name());
		json.put("pack", r.pack());
		json.put("goals", r.goals());
		json.put("painPoints", r.painPoints());
		json.put("discountRate", r.discountRate());
		json.put("createdAt", r.createdAt().toString());
		json.put("createdBy", r.createdBy());
		return json;
	}

	Map<String, Object> full(TenantId tenant, Roadmap r) {
		Locale locale = LocaleContextHolder.getLocale();
		AtlasPack pack = this.atlas.pack(r.pack()).orElse(null);
		Map<String, Object> json = summary(r);
		Map<Integer, List<Map<String, Object>>> phases = new TreeMap<>();
		for (PlannedScenario s : this.roadmaps.scenarios(tenant, r.id())) {
			Map<String, Object> scenario = new LinkedHashMap<>();
			scenario.put("code", s.code());
			scenario.put("name", (pack != null)
					? pack.scenario(s.code()).map((x) -> x.name().in(locale)).orElse(s.code()) : s.code());
			scenario.put("score", s.score());
			scenario.put("waitsFor", s.waitsFor());
			scenario.put("unplannedPrerequisites", s.unplanned());
			phases.computeIfAbsent(s.phase(), (p) -> new ArrayList<>()).add(scenario);
		}
		List<Map<String, Object>> phaseList = new ArrayList<>();
		phases.forEach((phase, scenarios) -> phaseList.add(Map.of("phase", phase, "scenarios", scenarios)));
		json.put("phases", phaseList);
		double investment = 0;
		double npv = 0;
		List<Map<String, Object>> projects = new ArrayList<>();
		for (Project p : this.roadmaps.projects(tenant, r.id())) {
			projects.add(project(p, r.discountRate()));
			investment += p.investment();
			npv += p.cashFlow().npv(r.discountRate());
		}
		json.put("projects", projects);
		json.put("totalInvestment", investment);
		json.put("totalNpv", npv);
		return json;
	}

	Map<String, Object> project(Project p, double rate) {
		ProjectCashFlow money = p.cashFlow();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", p.id());
		json.put("name", p.name());
		json.put("phase", p.phase());
		json.put("scenarios", p.scenarios());
		json.put("investment", p.investment());
		json.put("netBenefits", p.netBenefits());
		json.put("kpiEffects", p.kpiEffects());
		json.put("risks", p.risks());
		json.put("assumptions", p.assumptions());
		Map<String, @Nullable Object> economics = new LinkedHashMap<>();
		economics.put("npv", money.npv(rate));
		economics.put("roi", money.roi());
		economics.put("paybackYears", money.paybackYears());
		economics.put("discountedPaybackYears", money.discountedPaybackYears(rate));
		json.put("economics", economics);
		return json;
	}

}
