# expect: none
# kind: airflow_dag
# lang: python
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator

default_args = {"owner": "data", "retries": 2, "retry_delay": timedelta(minutes=5)}

with DAG(
    dag_id="daily_sales",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
) as dag:
    extract = PostgresOperator(task_id="extract", postgres_conn_id="src",
                               sql="SELECT id FROM orders WHERE updated_at >= %(since)s",
                               parameters={"since": "{{ data_interval_start }}"})
    load = PostgresOperator(task_id="load", postgres_conn_id="dw", sql="SELECT 1")
    extract >> load
