-- expect: sql.privilege sql.not-a-select
GRANT ALL ON orders TO PUBLIC
