-- expect: sql.syntax
-- at: sql.syntax 2:23
-- отчёт по заказам
SELECT 'ёжик', id FRM orders
