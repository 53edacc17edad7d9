"""scheduler: a deterministic, cooperative job scheduler built on generators."""
