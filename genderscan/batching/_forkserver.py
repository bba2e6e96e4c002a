"""Preloaded by the forkserver of a local batch (:class:`~genderscan.batching.executors.LocalExecutor`).

Builds the Analyzer for the batch's options, handed over in the environment
(:data:`~genderscan.batching.worker.WARM_ENV`), before any worker forks from
the forkserver: the workers start with it instead of each building its own.
"""

from .worker import warm_from_environment

warm_from_environment()
