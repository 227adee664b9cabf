"""Airflow DAG: refresh the team's shared Sextant workspace every night.

The workers need the `sextant` binary, the config (SEXTANT_CONFIG: [workspace]
url, [sources], [refresh] max_age, [user] name) and a ~/.pgpass (or
pg_service.conf + ~/.pgpass) for the shared workspace and the sources: no
password is written here, in the config or in Airflow variables.

`sextant refresh` only re-analyses sources older than [refresh] max_age, and
re-analysing one database is one transaction on the shared workspace, so a
retry (on this worker or another) is safe: it redoes what did not commit.
The JSON report is pushed to XCom; the task fails when a source failed.
"""
import json
import subprocess
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator

SEXTANT = "/usr/bin/sextant"


def refresh(**context):
    out = subprocess.run(
        [SEXTANT, "refresh", "--all", "--json", "--events", "none"],
        check=True, capture_output=True, text=True, timeout=3 * 3600,
    ).stdout
    report = json.loads(out)
    context["ti"].xcom_push(key="report", value=report)
    if report.get("failed"):
        bad = [s["name"] for s in report["sources"] if s["status"] == "failed"]
        raise RuntimeError(f"sextant refresh failed for: {', '.join(bad)}")
    return report


def summary(**context):
    # the Markdown form of the same comparison, for a chat hook; running it
    # right after the refresh re-analyses nothing (every source is fresh),
    # so ask for it from the stored report instead of a second refresh
    report = context["ti"].xcom_pull(task_ids="refresh", key="report")
    changed = [s for s in report["sources"] if s["status"] == "refreshed"
               and (s["tables_added"] or s["tables_dropped"] or s["tables_altered"]
                    or s["relationships_lost"] or s["impact"])]
    for s in changed:
        print(f"{s['name']}: +{len(s['tables_added'])} -{len(s['tables_dropped'])} "
              f"~{len(s['tables_altered'])} tables, {len(s['impact'])} pipelines affected")


with DAG(
    dag_id="sextant_refresh",
    start_date=datetime(2026, 1, 1),
    schedule="30 2 * * *",
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    tags=["sextant"],
) as dag:
    t_refresh = PythonOperator(task_id="refresh", python_callable=refresh)
    t_summary = PythonOperator(task_id="summary", python_callable=summary)
    t_refresh >> t_summary
