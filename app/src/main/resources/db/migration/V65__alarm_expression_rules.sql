-- alarm: expression rules (kind EXPRESSION) keep their condition as text; clear_expression is
-- the optional explicit clear condition (NULL: the negation of expression, loosened by the
-- deadband). property holds the first property the expression reads.
ALTER TABLE alarm_rule ADD COLUMN expression VARCHAR(500);
ALTER TABLE alarm_rule ADD COLUMN clear_expression VARCHAR(500);
