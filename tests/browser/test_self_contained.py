"""Nothing leaves the machine, and the strict Content Security Policy breaks nothing."""

from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, expect

from tests.browser.walking import assert_same_document, expect_arrived, link_in_step, mark_document, moves


def walk_everywhere(page: Page, origin: str) -> None:
    """The start page, a whole path by htmx, another ending, and an error page."""
    page.goto(origin + "/")
    page.get_by_role("link", name="Gao Ming 高明").click()
    expect(page).to_have_url(origin + "/walk/gao-ming/")
    mark_document(page)
    for move in moves("ignore.games.refuse"):
        link_in_step(page, move.link).click()
        expect_arrived(page, origin, move)
    assert_same_document(page)
    page.locator("#step details").first.locator("summary").click()
    page.locator("summary", has_text="Other choices, other endings").click()
    page.get_by_role("link", name="See that ending").first.click()
    expect(page.locator("h1")).to_have_text("How the year ended for Gao Ming")
    page.goto(origin + "/walk/nobody/")
    expect(page.locator("h1")).to_have_text("There is no such page")
    page.get_by_role("link", name="Start over").click()
    expect(page).to_have_url(origin + "/")


def test_every_request_goes_to_the_exhibit(context: BrowserContext, origin: str):
    requests: list[Request] = []
    context.on("request", lambda request: requests.append(request))
    page = context.new_page()
    walk_everywhere(page, origin)

    urls = [r.url for r in requests]
    elsewhere = [url for url in urls if not url.startswith(origin + "/")]
    assert elsewhere == [], f"requests left the exhibit: {elsewhere}"
    # The recording saw the kinds of request a walk makes.
    kinds = {r.resource_type for r in requests}
    assert {"document", "stylesheet", "script"} <= kinds, kinds
    swaps = [r for r in requests if r.headers.get("hx-request") == "true"]
    assert len(swaps) == len(moves("ignore.games.refuse"))


CSP_WATCH = """() => {
    document.addEventListener("securitypolicyviolation", (event) => {
        const text = `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}`;
        window.reportViolation(text);
        (window.cspViolations = window.cspViolations || []).push(text);
    });
}"""


def test_no_content_security_policy_violations(page: Page, origin: str):
    console: list[ConsoleMessage] = []
    errors: list[str] = []
    violations: list[str] = []
    page.on("console", lambda message: console.append(message))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.expose_function("reportViolation", lambda text: violations.append(text))
    page.add_init_script(f"({CSP_WATCH})()")

    walk_everywhere(page, origin)

    csp_messages = [m.text for m in console if "Content Security Policy" in m.text]
    assert csp_messages == []
    assert violations == []
    assert errors == []
    # The one error expected: the 404 page's own status.
    console_errors = [(m.text, m.location["url"]) for m in console if m.type == "error"]
    assert console_errors == [
        (
            "Failed to load resource: the server responded with a status of 404 (Not Found)",
            origin + "/walk/nobody/",
        )
    ]

    # The watch works: an inline script, which the policy forbids, is caught by both.
    with page.expect_console_message(lambda m: "Content Security Policy" in m.text):
        page.evaluate("""() => {
            const script = document.createElement("script");
            script.textContent = "window.inlineRan = true";
            document.head.append(script);
        }""")
    page.wait_for_function("() => (window.cspViolations || []).length > 0")
    assert page.evaluate("() => window.inlineRan === undefined")
    assert any("Content Security Policy" in m.text for m in console), [m.text for m in console]
    assert any(v.startswith("script-src") for v in violations), violations
