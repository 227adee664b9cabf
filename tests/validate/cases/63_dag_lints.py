# expect: py.legacy-import py.sql-injection py.bare-except py.task-no-id py.dag-no-retries py.dag-no-catchup py.dag-schedule py.dag-cycle
# kind: airflow_dag
# lang: python
# at: py.sql-injection 9:11
from datetime import datetime
from airflow import DAG
from airflow.operators.postgres_operator import PostgresOperator
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook


def load(**ctx):
    sql = f"DELETE FROM sales WHERE day = '{ctx['ds']}'"
    try:
        PostgresHook(postgres_conn_id="dw").run(sql)
    except:
        raise


with DAG("daily_sales", start_date=datetime(2024, 1, 1)) as dag:
    a = PostgresOperator(task_id="extract", postgres_conn_id="src", sql="SELECT 1")
    b = PythonOperator(python_callable=load)
    c = PythonOperator(task_id="c", python_callable=load)
    a >> b >> c
    c >> a
