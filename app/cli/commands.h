#pragma once
// The showroom-pos subcommands. Each takes the arguments after its name, writes its result
// to stdout, and throws pos::Error for bad input (main prints it as one line and exits 1).
#include <string>
#include <vector>

namespace pos::cli {

using Argv = std::vector<std::string>;

int cmd_init(const Argv& args);
int cmd_staff(const Argv& args);
int cmd_catalog(const Argv& args);
int cmd_demo_data(const Argv& args);
int cmd_script(const Argv& args);
int cmd_summary(const Argv& args);
int cmd_journal(const Argv& args);
int cmd_barcode(const Argv& args);
int cmd_devices(const Argv& args);
int cmd_print_test(const Argv& args);
int cmd_receipt(const Argv& args);

// Top-level help text.
const char* usage();

}  // namespace pos::cli
