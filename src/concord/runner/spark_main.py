"""The application file for spark-submit: the `concord` command run as a Spark driver.

    spark-submit --master yarn --archives concord-env.tar.gz#env \
        "$(python -c 'import concord.runner.spark_main as m; print(m.__file__)')" \
        spark-extract /shared/archive/ --out /shared/concord-out

spark-submit wants a Python file, not a console script; this is that file. The
session then takes its master and resources from spark-submit (see docs/spark.md).
"""
from __future__ import annotations

from concord.cli import main

if __name__ == "__main__":
    main()
