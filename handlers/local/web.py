"""The workspace's web app (Starlette): the page, its live part and events, photos, the practice posts, and the forms
it posts, each answered by sending the browser back to the page it came from."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from chatbot import messages
from chatbot.errors import CountersignError
from chatbot.governance.report import School, governors_report
from chatbot.governance.term_figures import Period
from handlers.local.answers import ANSWERS, Answer
from handlers.local.guards import Pace, foreign, too_large
from handlers.local.page import live_html, page_html
from handlers.local.pages import follower_page, notice_page, policy_page, post_page, reply_page
from handlers.local.team import person
from handlers.local.views import view_for
from handlers.local.workspace import Workspace

logger = logging.getLogger(__name__)
EVENT_WAIT_SECONDS = 10.0  # a quiet stream still says it is there this often, so proxies keep it open
Endpoint = Callable[[Workspace, Request], Awaitable[Response]]


def build_web(ws: Workspace) -> Starlette:
    pace = Pace()

    def posted(answer: Answer) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            async with request.form(max_files=8, max_fields=40) as form:
                user = person(str(form.get("as") or "")).id
                if not pace.allows(user):
                    return HTMLResponse(notice_page(messages.PRACTICE_TOO_FAST, user), status_code=429)
                said = await run_in_threadpool(answer, ws, user, form)
            ws.tell(user, said)
            return RedirectResponse(f"/?as={user}", status_code=303)

        return endpoint

    routes = [Route(path, _with(ws, endpoint)) for path, endpoint in SERVED.items()]
    routes += [Route(path, posted(answer), methods=["POST"]) for path, answer in ANSWERS.items()]
    handlers = {CountersignError: _unavailable, HTTPException: _refused, Exception: _failed}
    return Starlette(routes=routes, middleware=[Middleware(BaseHTTPMiddleware, dispatch=_guard)],
                     exception_handlers=handlers)  # fmt: skip


def _with(ws: Workspace, endpoint: Endpoint) -> Callable[[Request], Awaitable[Response]]:
    async def given(request: Request) -> Response:
        return await endpoint(ws, request)

    return given


async def _page(ws: Workspace, request: Request) -> Response:
    view = await run_in_threadpool(view_for, ws, _who(request))
    return HTMLResponse(page_html(view), headers={"Cache-Control": "no-store"})


async def _live(ws: Workspace, request: Request) -> Response:
    view = await run_in_threadpool(view_for, ws, _who(request))
    return HTMLResponse(live_html(view), headers={"X-Version": str(view.version), "Cache-Control": "no-store"})


def _who(request: Request) -> str:
    return person(request.query_params.get("as")).id


async def _guard(request: Request, call_next: RequestResponseEndpoint) -> Response:
    headers = request.headers
    if foreign(request.method, headers.get("host"), headers.get("origin"), headers.get("referer")):
        return HTMLResponse(notice_page(messages.PRACTICE_FOREIGN_PAGE), status_code=403)
    if (refused := too_large(headers.get("content-length"))) is not None:
        return HTMLResponse(notice_page(refused), status_code=413)
    return await call_next(request)


async def _events(ws: Workspace, request: Request) -> Response:
    async def stream() -> AsyncIterator[str]:
        seen = -1
        while not await request.is_disconnected():
            version = await run_in_threadpool(ws.conversation.wait, seen, EVENT_WAIT_SECONDS)
            yield f"data: {version}\n\n" if version != seen else ": still here\n\n"
            seen = version

    return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store"})


async def _photo(ws: Workspace, request: Request) -> Response:
    kept = ws.conversation.photos.get(request.path_params["photo"])
    if kept is None:
        return Response(status_code=404)
    return Response(kept[0], media_type=kept[1], headers={"Cache-Control": "no-store"})


async def _file(ws: Workspace, request: Request) -> Response:
    kept = ws.conversation.files.get(request.path_params["name"])
    if kept is None:
        return HTMLResponse(notice_page(messages.PRACTICE_GONE), status_code=404)
    return Response(kept[0], media_type=kept[1], headers={"Cache-Control": "no-store"})


async def _post(ws: Workspace, request: Request) -> Response:
    post = ws.publisher.posts.get(request.path_params["post"])
    if post is None:
        return HTMLResponse(notice_page(messages.PRACTICE_GONE), status_code=404)
    return HTMLResponse(post_page(post, ws.school, ws.targets))


async def _report(ws: Workspace, request: Request) -> Response:
    """The governors' report for the last 30 days of the practice (the HTML; its PDF at /report.pdf)."""
    page, pdf = await run_in_threadpool(_governors_report, ws)
    if request.url.path.endswith(".pdf"):
        return Response(pdf, media_type="application/pdf", headers={"Cache-Control": "no-store"})
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


def _governors_report(ws: Workspace) -> tuple[str, bytes]:
    now = ws.clock.now().astimezone(ws.clock.zone)
    period = Period("the last 30 days (practice)", now - timedelta(days=30), now + timedelta(minutes=1))
    ctx = ws.service.ctx
    return governors_report(
        ws.service.store, School(ws.school, ws.targets, ws.money, ctx.roster, ctx.clauses), period, now
    )


async def _policy(ws: Workspace, request: Request) -> Response:
    return HTMLResponse(policy_page(ws.service.ctx))


async def _reply(ws: Workspace, request: Request) -> Response:
    mention = ws.network.mention(request.path_params["reply"])
    if mention is None:
        return HTMLResponse(notice_page(messages.PRACTICE_GONE), status_code=404)
    return HTMLResponse(reply_page(mention.author, mention.text, ws.school))


async def _follower(ws: Workspace, request: Request) -> Response:
    account = ws.network.account(request.path_params["account"])
    if account is None:
        return HTMLResponse(notice_page(messages.PRACTICE_GONE), status_code=404)
    return HTMLResponse(follower_page(account.handle, account.name, account.bio))


async def _health(ws: Workspace, request: Request) -> Response:
    ok = await run_in_threadpool(ws.service.store.ping)
    return JSONResponse({"ok": ok}, status_code=200 if ok else 503)


async def _unavailable(request: Request, error: Exception) -> Response:
    logger.warning("the practice workspace could not answer: %s", type(error).__name__)
    return HTMLResponse(notice_page(f"{error} Nothing was lost: try again in a moment."), status_code=503)


async def _refused(request: Request, error: Exception) -> Response:
    """What Starlette refuses (a form field over 1 MB, a body that is not a form): said plainly, as a page."""
    status = error.status_code if isinstance(error, HTTPException) else 400
    return HTMLResponse(notice_page(messages.PRACTICE_UNREADABLE), status_code=status)


async def _failed(request: Request, error: Exception) -> Response:
    logger.error("the practice workspace failed on %s: %s", request.url.path, type(error).__name__)
    said = "Countersign could not do that just now, and nothing was changed. Try again; if it keeps happening, " \
           "restart the workspace."  # fmt: skip
    return HTMLResponse(notice_page(said), status_code=500)


SERVED: dict[str, Endpoint] = {
    "/": _page, "/live": _live, "/events": _events, "/photos/{photo}": _photo, "/posts/{post}": _post,
    "/replies/{reply}": _reply, "/followers/{account}": _follower, "/healthz": _health, "/policy": _policy,
    "/report": _report, "/report.pdf": _report, "/files/{name}": _file,
}  # fmt: skip
