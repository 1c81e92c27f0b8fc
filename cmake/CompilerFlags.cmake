# Warnings, hardening and sanitizers for every target of the project.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2
                    -Wimplicit-fallthrough)
if(NOVAMIND_WERROR)
    add_compile_options(-Werror)
endif()

# Hardening: stack protector, fortified libc calls (needs optimisation), full RELRO, PIE.
add_compile_options(-fstack-protector-strong -fstack-clash-protection -fcf-protection)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
# Reproducible objects: __FILE__ and debug info name files relative to the source tree, never this checkout's path.
add_compile_options(-ffile-prefix-map=${PROJECT_SOURCE_DIR}=.)
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()

if(NOVAMIND_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
