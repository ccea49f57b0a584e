"""skyledger over HTTP: the REST API (/api/v1) and the dashboard.

    from skyledger.serve import create_app
    app = create_app("ledger.db")      # then: uvicorn, or `skyledger serve`
"""
from skyledger.serve.app import create_app

__all__ = ["create_app"]
