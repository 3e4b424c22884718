"""Where the till's window opens when the screens changed since it was closed."""

from __future__ import annotations

from pos_app.domain.placement import (
    FRAME_ALLOWANCE,
    WindowPlacement,
    first_window,
    fit,
    too_small_to_maximize,
)

LAPTOP = (0, 0, 1366, 728)  # 1366 x 768, its task bar below
MONITOR = (1366, 0, 1920, 1040)  # to the laptop's right
MINIMUM = (800, 540)
LEFT, TOP, RIGHT, BOTTOM = FRAME_ALLOWANCE


def test_a_window_that_fits_opens_exactly_where_it_was() -> None:
    left = WindowPlacement(1500, 120, 1200, 760, maximized=True)
    assert fit(left, [LAPTOP, MONITOR], MINIMUM) is left


def test_a_window_left_on_an_unplugged_screen_comes_back_on_the_primary_one() -> None:
    on_monitor = WindowPlacement(1500, 120, 1200, 600)
    placed = fit(on_monitor, [LAPTOP], MINIMUM)
    assert (placed.width, placed.height) == (1200, 600)
    # Inside the laptop's free area, with its title bar on the screen.
    assert placed.x >= LEFT and placed.x + placed.width <= LAPTOP[2] - RIGHT
    assert placed.y >= TOP and placed.y + placed.height <= LAPTOP[3] - BOTTOM


def test_a_window_larger_than_the_screen_now_is_shrunk_to_its_free_area() -> None:
    big = WindowPlacement(0, 0, 1900, 1000, maximized=False, full_screen=True)
    placed = fit(big, [LAPTOP], MINIMUM)
    assert placed == WindowPlacement(
        LEFT,
        TOP,
        LAPTOP[2] - LEFT - RIGHT,
        LAPTOP[3] - TOP - BOTTOM,
        maximized=False,
        full_screen=True,
    )


def test_never_below_the_windows_minimum_even_on_a_smaller_panel() -> None:
    panel = (0, 0, 800, 480)
    placed = fit(WindowPlacement(10, 40, 1024, 600), [panel], MINIMUM)
    assert (placed.width, placed.height) == MINIMUM
    assert (placed.x, placed.y) == (LEFT, TOP)  # its top left corner stays reachable


def test_the_screen_holding_most_of_the_window_keeps_it() -> None:
    # Mostly on the monitor, a little over the laptop's edge: moved fully onto the monitor.
    straddling = WindowPlacement(1200, 100, 1000, 700)
    placed = fit(straddling, [LAPTOP, MONITOR], MINIMUM)
    assert placed.x == MONITOR[0] + LEFT
    assert (placed.y, placed.width, placed.height) == (100, 1000, 700)


def test_a_window_hanging_off_the_bottom_is_moved_up_not_shrunk() -> None:
    low = WindowPlacement(100, 500, 900, 600)
    placed = fit(low, [(0, 0, 1920, 1040)], MINIMUM)
    assert (placed.width, placed.height) == (900, 600)
    assert placed.y + placed.height == 1040 - BOTTOM


def test_with_no_screen_known_the_placement_is_kept() -> None:
    kept = WindowPlacement(-5000, -5000, 900, 600)
    assert fit(kept, [], MINIMUM) is kept


def test_a_small_panel_is_too_small_to_maximize_the_window_in() -> None:
    needed = (800, 570)  # the till's window: its layout's minimum height
    # A 1024 x 600 panel under a 40 px task bar: 560 px free, about 530 below the title bar.
    assert too_small_to_maximize((0, 0, 1024, 560), needed)
    # The same panel without a task bar still loses the title bar's height.
    assert too_small_to_maximize((0, 0, 1024, 600), needed)
    # A screen exactly as wide as the window, tall enough: maximized fits (no side borders).
    assert not too_small_to_maximize((0, 0, 800, 800), needed)
    # 1280 x 800 and a laptop's 1366 x 768 under their task bars are large enough.
    assert not too_small_to_maximize((0, 0, 1280, 760), needed)
    assert not too_small_to_maximize(LAPTOP, needed)
    # Too narrow counts as well.
    assert too_small_to_maximize((0, 0, 780, 1040), needed)


def test_the_first_window_out_of_maximized_is_most_of_the_screen_in_its_middle() -> None:
    placed = first_window((0, 0, 1920, 1040), MINIMUM)
    assert (placed.width, placed.height) == (1440, 780)
    assert (placed.x, placed.y) == (240, 130)
    assert not placed.maximized and not placed.full_screen
    # On a small panel: the minimum, kept on the screen with room for its title bar.
    small = first_window((0, 0, 1024, 560), MINIMUM)
    assert (small.width, small.height) == MINIMUM
    assert small.y >= TOP
