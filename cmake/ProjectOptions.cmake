# Warnings and sanitizers for first-party targets only (third-party headers are SYSTEM).
option(POS_WERROR "Treat warnings as errors (CI turns this on)" OFF)
option(POS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

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
