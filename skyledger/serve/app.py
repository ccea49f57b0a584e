"""The web application: the API under /api/v1, the dashboard, and the files they need.

Everything the browser loads comes from this server: our own CSS, JS and SVG
from ``skyledger/serve/static``, plotly.js from the installed ``plotly``
package, and Swagger UI from the installed ``fastapi_offline`` package. No
page asks anything of another host. (ReDoc is not offered: it loads its logo
from its vendor's CDN.)
"""
from __future__ import annotations

import logging
import os
from importlib.metadata import version
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from skyledger.serve import api, pages
from skyledger.serve.cache import LedgerCache
from skyledger.serve.responses import CachedResponses
from skyledger.serve.writes import Writer
from skyledger.store import Ledger

log = logging.getLogger("skyledger.serve")
HERE = Path(__file__).parent
DEFAULT_MAX_BODY = 2 * 1024 * 1024
VENDOR_CACHE = {"Cache-Control": "public, max-age=86400"}


def create_app(ledger_or_url: Ledger | str | None = None, *, api_token: str | None = None,
               max_body: int | None = None, version_ttl: float = 1.0) -> FastAPI:
    """The app over a ledger (a ``Ledger``, a SQLite path or a database URL).

    ``api_token`` defaults to ``SKYLEDGER_API_TOKEN``; without one, every write is refused.
    """
    ledger = ledger_or_url if isinstance(ledger_or_url, Ledger) else Ledger(ledger_or_url)
    app = FastAPI(title="skyledger", version=version("skyledger"), openapi_url="/api/v1/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="A sourced ledger of aerial attacks and casualties, read from war reporting.")
    app.state.cache = LedgerCache(ledger, version_ttl=version_ttl)
    app.state.writer = Writer(app.state.cache)
    app.state.api_token = api_token if api_token is not None else os.environ.get("SKYLEDGER_API_TOKEN") or None
    app.state.max_body = max_body or int(os.environ.get("SKYLEDGER_API_MAX_BODY", DEFAULT_MAX_BODY))
    app.include_router(api.router)
    app.openapi = lambda: _openapi(app)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _vendor_routes(app)
    # Added last, runs first: the guard checks every request, then cached answers skip the routing.
    app.add_middleware(CachedResponses, cache=app.state.cache)
    app.add_middleware(Guard)
    _error_handlers(app)
    return app


def _openapi(app: FastAPI) -> dict:
    """The generated schema, plus the bearer-token scheme that writes use."""
    if app.openapi_schema is None:
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schema.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer", "description": "the server's SKYLEDGER_API_TOKEN"}}
        app.openapi_schema = schema
    return app.openapi_schema


def _vendor_routes(app: FastAPI) -> None:
    plotly_js = resources.files("plotly") / "package_data" / "plotly.min.js"
    swagger = resources.files("fastapi_offline") / "static"

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly():
        return FileResponse(str(plotly_js), media_type="text/javascript", headers=VENDOR_CACHE)

    @app.get("/vendor/swagger/{name}", include_in_schema=False)
    def swagger_asset(name: str):
        if name not in {"swagger-ui-bundle.js", "swagger-ui.css"}:
            raise HTTPException(404, "no such file")
        return FileResponse(str(swagger / name), headers=VENDOR_CACHE)

    @app.get("/api/v1/docs", include_in_schema=False)
    def swagger_ui():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="skyledger API",
                                   swagger_js_url="/vendor/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg",
                                   # Swagger UI checks non-local specs with validator.swagger.io unless told not to.
                                   swagger_ui_parameters={"validatorUrl": None})


class Guard:
    """Checks every request before routing (plain ASGI: no cost on the hot path but a few byte tests).

    - NUL cannot be stored or compared in PostgreSQL text: refused up front with a 400.
    - A dashboard URL with empty parameters (what an HTML form sends for blank fields) is
      redirected to the same URL without them, so the address bar holds the view's clean address.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        query = scope.get("query_string", b"")
        raw = query.lower() + (scope.get("raw_path") or b"").lower() + scope["path"].encode("utf-8", "replace")
        if b"%00" in raw or b"\x00" in raw:
            response = JSONResponse({"detail": "NUL characters are not allowed in URLs"}, status_code=400)
            return await response(scope, receive, send)
        if query and not scope["path"].startswith(("/api/", "/static/", "/vendor/")):
            pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
            clean = [(k, v) for k, v in pairs if v != ""]
            if len(clean) != len(pairs):
                target = scope["path"] + ("?" + urlencode(clean) if clean else "")
                return await RedirectResponse(target, status_code=303)(scope, receive, send)
        return await self.app(scope, receive, send)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        problems = [{"loc": list(e.get("loc", [])), "msg": e.get("msg"), "type": e.get("type")}
                    for e in error.errors()]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": problems}, status_code=422)
        return pages.error_page(request, 422, "; ".join(f"{'.'.join(map(str, p['loc'][1:]))}: {p['msg']}"
                                                        for p in problems))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        if request.url.path.startswith(("/api/", "/static/", "/vendor/")):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code,
                                headers=getattr(error, "headers", None))
        return pages.error_page(request, error.status_code, str(error.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception):
        # A bug, not a bad request: logged with its traceback, answered in the same shape as other errors.
        log.exception("%s %s failed", request.method, request.url.path)
        return JSONResponse({"detail": f"internal error ({type(error).__name__}); it has been logged"},
                            status_code=500)

    @app.exception_handler(ImportError)
    async def missing_module(request: Request, error: ImportError):
        # Events and series come from skyledger.reconcile / skyledger.analytics.
        return JSONResponse({"detail": f"not available in this installation: {error}"}, status_code=503)

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, error: ValueError):
        # The analytics refuse values they do not know (e.g. an unknown `source` series).
        log.warning("%s %s: %s", request.method, request.url, error)
        return JSONResponse({"detail": str(error)}, status_code=422)
