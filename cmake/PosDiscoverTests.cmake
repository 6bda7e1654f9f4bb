# Writes the ctest entries of one level executable (tests/CMakeLists.txt, pos_add_tests):
# for each group in GROUPS_FILE, the cases doctest lists from the group's source files become
# <group>/<case>, run as `<exe> --test-case=<case> --source-file=<group's files>` in the group's
# working directory with the group's properties, LABELS <level> added.
# Input: TEST_EXECUTABLE, GROUPS_FILE, CTEST_FILE. Run with cmake -P.
include(${GROUPS_FILE})

# One argument of a generated command: a bracket argument unless it is a plain word.
function(pos_quote out value)
    if(value MATCHES "[^-./:a-zA-Z0-9_=]" OR value STREQUAL "")
        set(${out} "[==[${value}]==]" PARENT_SCOPE)
    else()
        set(${out} "${value}" PARENT_SCOPE)
    endif()
endfunction()

set(script "")
set(count 0)
foreach(group ${POS_GROUPS})
    string(REPLACE "|" ";" files "${POS_GROUP_${group}_FILES}")
    string(REPLACE "|" ";" properties "${POS_GROUP_${group}_PROPERTIES}")
    string(REPLACE "|" ";" labels "${POS_GROUP_${group}_LABELS}")
    if(NOT files)
        continue()
    endif()
    string(REPLACE ";" "," file_filter "${files}")
    execute_process(
        COMMAND "${TEST_EXECUTABLE}" "--source-file=${file_filter}" --list-test-cases
        OUTPUT_VARIABLE output
        ERROR_VARIABLE errors
        RESULT_VARIABLE result
        WORKING_DIRECTORY "${POS_GROUP_${group}_DIR}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "listing the cases of ${group} in ${TEST_EXECUTABLE} failed (${result}):\n"
                            "${output}\n${errors}")
    endif()
    pos_quote(dir "${POS_GROUP_${group}_DIR}")
    pos_quote(exe "${TEST_EXECUTABLE}")
    pos_quote(filter "--source-file=${file_filter}")
    pos_quote(props "${labels}")
    # A filter that selects no case would pass silently: zero cases run is a failure.
    set(props " LABELS ${props} FAIL_REGULAR_EXPRESSION [==[test cases: 0 [|]]==]")
    foreach(p ${properties})
        pos_quote(q "${p}")
        string(APPEND props " ${q}")
    endforeach()
    # Lines of the listing; a case name may hold ';' or '[', which list splitting would mangle.
    string(REPLACE "[" "__POS_LB__" output "${output}")
    string(REPLACE "]" "__POS_RB__" output "${output}")
    string(REPLACE ";" "__POS_SC__" output "${output}")
    string(REPLACE "\n" ";" lines "${output}")
    foreach(line ${lines})
        if(line STREQUAL "==============================================================================="
           OR line MATCHES "^__POS_LB__doctest__POS_RB__ " OR line STREQUAL "")
            continue()
        endif()
        string(REPLACE "__POS_LB__" "[" line "${line}")
        string(REPLACE "__POS_RB__" "]" line "${line}")
        string(REPLACE "__POS_SC__" ";" line "${line}")
        # doctest splits filters at commas; an escaped comma is a literal one.
        string(REPLACE "," "\\," case_filter "${line}")
        pos_quote(name "${group}/${line}")
        pos_quote(tc "--test-case=${case_filter}")
        string(APPEND script "add_test(${name} ${exe} ${tc} ${filter})\n"
                             "set_tests_properties(${name} PROPERTIES WORKING_DIRECTORY ${dir}${props})\n")
        math(EXPR count "${count} + 1")
    endforeach()
endforeach()
if(count EQUAL 0)
    message(FATAL_ERROR "no test cases found in ${TEST_EXECUTABLE}")
endif()
file(WRITE "${CTEST_FILE}" "${script}")
