#!/bin/sh
# eval_search_gold.sh EVAL_SEARCH: a gold table written "db:table" counts
# only in that database: "shopb:films" is found (shopa has no films), and
# "shopb:staff" is not (only shopa has staff).
set -u
EVAL=${1:?usage: eval_search_gold.sh EVAL_SEARCH}
W=$(mktemp -d /tmp/sx-evalgold.XXXXXX)
trap 'rm -rf "$W"' EXIT
printf 'CREATE TABLE invoices (id int primary key, total numeric);\nCREATE TABLE staff (id int primary key, name text);\n' >"$W/shopa.sql"
printf 'CREATE TABLE invoices (id int primary key, amount numeric);\nCREATE TABLE films (id int primary key, title text);\n' >"$W/shopb.sql"
printf '{"db_id":"shopa","question":"films","tables":["shopb:films"]}\n' >"$W/in.jsonl"
printf '{"db_id":"shopb","question":"staff","tables":["shopb:staff"]}\n' >"$W/out.jsonl"
fail=0
run() {
	"$EVAL" --db "$W/shopa.sql" --db "$W/shopb.sql" --questions "$1" --workspace "$W/ws" --folds 1 |
		grep '^sextant '
}
line=$(run "$W/in.jsonl")
case $line in
*"recall@5 1.000"*) ;;
*) echo "FAIL: shopb:films not counted as gold: $line"; fail=1 ;;
esac
line=$(run "$W/out.jsonl")
case $line in
*"recall@10 0.000"*) ;;
*) echo "FAIL: shopb:staff counted as gold though shopb has no staff: $line"; fail=1 ;;
esac
[ $fail -eq 0 ] && echo "eval_search_gold: ok"
exit $fail
