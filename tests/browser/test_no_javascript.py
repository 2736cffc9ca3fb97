"""With JavaScript off, every link is an ordinary page load and the story still works."""

from playwright.sync_api import Page, expect

from tests.browser.walking import step_path


def expect_full_page(page: Page, heading: str) -> None:
    expect(page.locator("#step h1")).to_have_text(heading)
    expect(page.locator("header.site")).to_have_count(1)
    expect(page.locator("#announcer")).to_have_count(1)  # the layout around the step, not a fragment
    expect(page.locator("main#main #step")).to_have_count(1)
    expect(page.locator("#announcer")).to_have_count(1)


def test_links_are_plain_page_loads_without_javascript(new_context, origin: str):
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    documents: list[str] = []
    page.on("request", lambda r: documents.append(r.url) if r.resource_type == "document" else None)

    page.goto(origin + step_path(4, ("ignore",)))
    expect_full_page(page, "The deadline passes")
    expect(page).to_have_title("The deadline passes · Gao Ming · Scored")

    page.get_by_role("link", name="Next step", exact=True).click()
    expect(page).to_have_url(origin + step_path(5, ("ignore",)))
    expect_full_page(page, "Not qualified")
    expect(page).to_have_title("Not qualified · Gao Ming · Scored")
    expect(page.locator("#step")).to_contain_text("Plane ticket refused")

    # A "Why" disclosure is native HTML and opens without script.
    summary = page.locator("#step details summary").first
    summary.click()
    expect(page.locator("#step details").first).to_have_attribute("open", "")

    page.get_by_role("link", name="Previous step", exact=True).click()
    expect(page).to_have_url(origin + step_path(4, ("ignore",)))
    expect_full_page(page, "The deadline passes")

    # A choice, made without script.
    page.goto(origin + step_path(7, ("ignore",)))
    expect_full_page(page, "Bills, and quiet evenings")
    page.get_by_role("link", name="Take an evening course in bookkeeping, paid in cash.").click()
    expect(page).to_have_url(origin + step_path(8, ("ignore", "course")))
    expect_full_page(page, "Evenings at the college")

    assert documents == [
        origin + step_path(4, ("ignore",)),
        origin + step_path(5, ("ignore",)),
        origin + step_path(4, ("ignore",)),
        origin + step_path(7, ("ignore",)),
        origin + step_path(8, ("ignore", "course")),
    ], "each link should have loaded a whole document"
