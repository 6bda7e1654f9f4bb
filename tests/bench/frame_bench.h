#pragma once
// CPU time per frame of real screens in a headless ImGui context (the app's fonts and theme,
// no window, no GPU): NewFrame, the screen's draw function, Render. Thread CPU time, in µs.
#include <vector>

#include "core/report/day_summary.h"
#ifdef POS_BENCH_CHECKOUT
#include "ui/checkout/checkout_view.h"
#endif

namespace pos::bench {

// Vertices of the last measured frame (checks the screen really drew; printed with the row).
extern int last_vertices;

// The manager's day summary (KPIs, funnel, hourly and bar charts, staff, tenders) of `day`.
std::vector<double> manager_frame_cpu_us(const report::DaySummary& day, int frames);
// The floor screen with the furniture sample visit (tests/ui/floor_sample).
std::vector<double> floor_frame_cpu_us(int frames);
#ifdef POS_BENCH_CHECKOUT
// The cashier's checkout screen (app/ui/checkout) with `lines` cart lines, the catalog panel open.
std::vector<double> checkout_frame_cpu_us(int lines, int frames);
// The checkout screen drawing `view` (e.g. built from a store by the app's checkout page), with
// the catalog panel open on the view's first category.
std::vector<double> checkout_view_frame_cpu_us(const ui::CheckoutView& view, int frames);
#endif

}  // namespace pos::bench
