# Server integration tests: they run against the PostgreSQL + novamind-syncd fixtures that
# tests/server/fixture starts and stops with scripts/run-server (ctest FIXTURES_SETUP / FIXTURES_CLEANUP).
#
# novamind_server_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [TLS] [SERIAL]
#                      [TIMEOUT <s>] [ENV <VAR=value...>])
#   novamind_add_test() with label "integration", FIXTURES_REQUIRED on the fixture, and in the environment:
#     NOVAMIND_SERVER_ENV  the fixture's DIR/env: sourceable KEY=value lines with NOVAMIND_SERVER_URL,
#                          NOVAMIND_DB_URL (novamind_app), NOVAMIND_ADMIN_DB_URL (novamind_owner),
#                          NOVAMIND_SERVER_DIR, NOVAMIND_SYNCD and, for TLS, NOVAMIND_CA_FILE;
#     NOVAMIND_SYNCD       the server binary, for `novamind-syncd admin ...` with NOVAMIND_ADMIN_DB_URL;
#     NOVAMIND_RUN_SERVER  scripts/run-server, for a test that needs a server of its own.
#   TLS     the https fixture `syncd_tls` (throwaway CA in NOVAMIND_CA_FILE) instead of the http one `syncd`.
#   SERIAL  the test changes state other tests would notice (e.g. rate limits per address, revocations), so it
#           runs under RESOURCE_LOCK with every other SERIAL test of the same fixture.
# Every fixture run starts from an empty database, but tests share it within a run and may run in parallel:
# each test creates its own organisation, users and patients (unique names), and asserts only on those.
# A test that must own the whole server (e.g. exhausting the per-address login limit) starts one of its own:
# `$NOVAMIND_RUN_SERVER start --dir <its temp dir>` ... `stop`.
#
# Example (tests/server/api/CMakeLists.txt):
#   novamind_server_test(NAME test_api_auth SOURCES test_api_auth.cpp LIBS Qt6::Network)
#   novamind_server_test(NAME test_api_tls SOURCES test_api_tls.cpp LIBS Qt6::Network TLS)
# Tests not built with novamind_add_test can use the same pieces by hand:
#   get_property(env_file GLOBAL PROPERTY NOVAMIND_SERVER_ENV_FILE)   # or NOVAMIND_SERVER_TLS_ENV_FILE
#   set_tests_properties(t PROPERTIES FIXTURES_REQUIRED syncd ENVIRONMENT "NOVAMIND_SERVER_ENV=${env_file}")
# tests/server/fixture includes this file before tests/server/api and tests/server/integration are read; a folder
# read earlier includes it itself (including it again is harmless).

# Where each fixture keeps its cluster, logs and env (fixed, so a stale one from an earlier run can be wiped).
set(NOVAMIND_SERVER_DIR ${CMAKE_BINARY_DIR}/server-fixture)
set(NOVAMIND_SERVER_TLS_DIR ${CMAKE_BINARY_DIR}/server-fixture-tls)
set(NOVAMIND_SERVER_ENV_FILE ${NOVAMIND_SERVER_DIR}/env)
set(NOVAMIND_SERVER_TLS_ENV_FILE ${NOVAMIND_SERVER_TLS_DIR}/env)
# Also as global properties: the variables above are only seen by the including folder and its children.
set_property(GLOBAL PROPERTY NOVAMIND_SERVER_ENV_FILE ${NOVAMIND_SERVER_ENV_FILE})
set_property(GLOBAL PROPERTY NOVAMIND_SERVER_TLS_ENV_FILE ${NOVAMIND_SERVER_TLS_ENV_FILE})

function(novamind_server_test)
    cmake_parse_arguments(S "TLS;SERIAL" "NAME;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    if(S_TLS)
        set(fixture syncd_tls)
        get_property(env_file GLOBAL PROPERTY NOVAMIND_SERVER_TLS_ENV_FILE)
    else()
        set(fixture syncd)
        get_property(env_file GLOBAL PROPERTY NOVAMIND_SERVER_ENV_FILE)
    endif()
    if(NOT S_TIMEOUT)
        set(S_TIMEOUT 300)
    endif()
    novamind_add_test(NAME ${S_NAME} SOURCES ${S_SOURCES} LIBS ${S_LIBS} LABEL integration TIMEOUT ${S_TIMEOUT}
                      ENV "NOVAMIND_SERVER_ENV=${env_file}" "NOVAMIND_SYNCD=$<TARGET_FILE:novamind-syncd>"
                          "NOVAMIND_RUN_SERVER=${PROJECT_SOURCE_DIR}/scripts/run-server" ${S_ENV})
    # Building the test builds the server it talks to.
    add_dependencies(${S_NAME} novamind-syncd)
    set_tests_properties(${S_NAME} PROPERTIES FIXTURES_REQUIRED ${fixture})
    if(S_SERIAL)
        set_tests_properties(${S_NAME} PROPERTIES RESOURCE_LOCK ${fixture})
    endif()
endfunction()
