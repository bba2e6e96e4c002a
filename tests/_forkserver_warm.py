"""Preloaded by the multiprocessing forkserver of the test session (conftest.py: _start_warm_forkserver).

The batch tests start many worker processes (concurrent.futures and Dask's LocalCluster); each is
forked from the forkserver. Importing spaCy and building the blank Dutch pipeline here, once, spares
every worker about two seconds of start-up. Each worker still builds its own Analyzer (lexicon,
options) in its initialiser, as in production; a real ``genderscan batch`` process (the SIGKILL test
in test_batch.py) starts its workers cold.
"""

try:
    import genderscan.batching.worker  # noqa: F401
    from genderscan.nlp import get_pipeline

    get_pipeline()
except Exception:  # a warm-up only: the workers build what is missing themselves
    pass
