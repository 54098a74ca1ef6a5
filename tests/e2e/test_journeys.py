"""What people do, step by step, checked by what they see."""

import re

from playwright.sync_api import expect


def test_a_newcomer_searches_filters_opens_a_write_up_and_goes_back(page):
    page.goto("/")
    page.get_by_label("Que cherchez-vous ?").fill("visio")
    page.get_by_role("button", name="Rechercher").click()
    expect(
        page.get_by_role("heading", name=re.compile("pour «\\s?visio\\s?»"))
    ).to_be_visible()
    unfiltered = page.locator(".card").count()
    assert unfiltered > 0

    # With JavaScript, each tick updates the results in place and the address.
    page.locator("summary", has_text="Région").click()
    page.get_by_label(re.compile("^Nouvelle-Aquitaine")).check()
    expect(page).to_have_url(re.compile("territoire=region-75"))
    page.locator("summary", has_text="Thèmes").click()
    page.get_by_label(re.compile("^Accompagnement à distance")).check()
    expect(page).to_have_url(re.compile("theme=accompagnement-a-distance"))
    chips = page.get_by_role("list", name="Filtres actifs")
    expect(chips).to_contain_text("Nouvelle-Aquitaine")
    expect(chips).to_contain_text("Accompagnement à distance")
    assert page.locator(".card").count() <= unfiltered

    first = page.locator(".card__title a").first
    title = first.inner_text()
    first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator(".facts")).to_contain_text("Accompagnement à distance")

    breadcrumb = page.get_by_role("navigation", name="Fil d'Ariane")
    breadcrumb.get_by_role("link", name="Expériences").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Expériences")


def test_the_search_journey_works_with_the_keyboard_alone(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Aller au contenu")
    expect(skip_link).to_be_focused()
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"

    search_box = page.get_by_label("Que cherchez-vous ?")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "home-search":
            break
    expect(search_box).to_be_focused()
    outline = search_box.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.type("visio")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/recherche/\?q=visio"))

    to_results = page.get_by_role("link", name=re.compile("Aller directement aux"))
    for _ in range(15):
        page.keyboard.press("Tab")
        if to_results.evaluate("el => el === document.activeElement"):
            break
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "results-count"
    first_result = page.locator(".card__title a").first
    for _ in range(5):
        page.keyboard.press("Tab")
        if first_result.evaluate("el => el === document.activeElement"):
            break
    expect(first_result).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert "/recherche/" not in page.url


def test_search_and_filters_work_without_javascript(browser, site_url):
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/recherche/")
    page.get_by_label("Mots recherchés").fill("visio")
    page.get_by_role("button", name="Rechercher").click()
    assert page.locator(".card").count() > 0
    page.locator("summary", has_text="Région").click()
    page.get_by_label(re.compile("^Nouvelle-Aquitaine")).check()
    page.get_by_role("button", name="Appliquer").click()
    expect(page).to_have_url(re.compile("territoire=region-75"))
    expect(page.get_by_role("list", name="Filtres actifs")).to_contain_text(
        "Nouvelle-Aquitaine"
    )

    page.goto("/experiences/")
    page.get_by_label("Évaluée").check()
    page.get_by_role("button", name="Afficher les fiches").click()
    expect(page).to_have_url(re.compile("maturite=evaluated"))
    badges = page.locator(".card .badge")
    assert badges.count() > 0
    assert set(badges.all_inner_texts()) == {"Évaluée"}
    context.close()
