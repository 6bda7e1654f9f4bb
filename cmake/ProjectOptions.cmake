# Warnings and sanitizers for first-party targets only (third-party headers are SYSTEM).
option(POS_WERROR "Treat warnings as errors (CI turns this on)" OFF)
option(POS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(POS_BUILD_TOOLS "Build the preview programs (*_preview) and the benchmark (pos_bench)" OFF)
# lld links the big test and app executables several times faster than ld.bfd, above all with
# debug info and sanitizers; it comes with Debian's lld package (dev.sh installs it).
find_program(POS_LLD_PROGRAM ld.lld)
if(POS_LLD_PROGRAM)
    set(POS_LLD_DEFAULT ON)
else()
    set(POS_LLD_DEFAULT OFF)
endif()
option(POS_USE_LLD "Link our executables with lld (-fuse-ld=lld)" ${POS_LLD_DEFAULT})

add_library(pos_warnings INTERFACE)
target_compile_options(pos_warnings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wshadow                 # a local hiding a member or outer variable is a classic bug
    -Wnon-virtual-dtor       # polymorphic base without virtual destructor
    -Wold-style-cast         # C casts hide intent
    -Woverloaded-virtual
    -Wimplicit-fallthrough
    # -Wnull-dereference is left out: with GCC 12 at -O2 it reports false positives inside
    # libstdc++'s <streambuf> (istreambuf_iterator), which -Werror would turn into failures.
    -Wconversion -Wsign-conversion  # money is integer minor units: no silent narrowing
)
if(POS_WERROR)
    target_compile_options(pos_warnings INTERFACE -Werror)
endif()

add_library(pos_options INTERFACE)
target_compile_features(pos_options INTERFACE cxx_std_20)
if(POS_USE_LLD)
    target_link_options(pos_options INTERFACE -fuse-ld=lld)
endif()
if(POS_SANITIZE)
    target_compile_options(pos_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(pos_options INTERFACE -fsanitize=address,undefined)
    # GCC 12 reports -Wmaybe-uninitialized false positives inside libstdc++ (<regex>,
    # std::function) when ASan instruments -O2 code; GCC's manual warns that sanitizers cause
    # spurious warnings. The normal build keeps the warning.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(pos_options INTERFACE -Wno-maybe-uninitialized)
    endif()
endif()

# pos_target(<name>): apply project options and warnings to one of our own targets.
function(pos_target name)
    target_link_libraries(${name} PRIVATE pos_options pos_warnings)
endfunction()
