#pragma once
// The pages' names for the device runtime, which lives in app/devices/runtime.h (composed by
// gui_main, owned beside the shell, read by the pages through PageContext).
#include "devices/runtime.h"

namespace pos::gui {

using devices::DeviceRuntime;
using devices::DeviceSummary;

}  // namespace pos::gui
