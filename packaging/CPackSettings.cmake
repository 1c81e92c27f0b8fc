# CPack settings of the two packages; included by packaging/CMakeLists.txt after every install() rule.

set(CPACK_PACKAGE_NAME novamind)
set(CPACK_PACKAGE_VENDOR "Novamind")
set(CPACK_PACKAGE_CONTACT "${NOVAMIND_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${NOVAMIND_HOMEPAGE}")
# Each package's synopsis is the first line of its component description. CPackDeb puts the project-wide summary in
# front of it unless that summary is CPack's own default, so it is left at exactly that value.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Novamind")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
# Directories the packages create are 0755 whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                                WORLD_READ WORLD_EXECUTE)

find_program(NOVAMIND_RPMBUILD rpmbuild)
set(CPACK_GENERATOR DEB TGZ)
if(NOVAMIND_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()

set(CPACK_COMPONENTS_ALL client server)
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Novamind Clinician")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "Clinician desktop app for patients' digital twins, on an encrypted replica
Novamind Clinician lets psychiatrists review their patients' digital twins
(symptom, neurotransmitter, behavioural, functional and risk state over
time) offline, and clinicians enter structured assessments. Everything lives
in a local SQLCipher-encrypted replica that syncs with the Novamind server
over HTTPS.

This package holds the desktop app (novamind) and novamindctl, the command
line that IT staff use to provision, check and sync replicas. Administrators
enforce settings with /etc/xdg/Novamind/policy.conf; a commented template is
in /usr/share/doc/novamind.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Novamind sync server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Reference sync server for Novamind Clinician replicas
novamind-syncd serves the Novamind sync API (REST over HTTP or HTTPS) from a
PostgreSQL 15 database with row-level security, so that each clinician
receives only the patients in their care. It also applies the schema
migrations and has administration commands for users, care relationships and
demo data.

The SQL schema is installed under /usr/share/novamind-server/sql for review;
the program applies its own embedded copy.")

# .deb: one package per component, dependencies from dpkg-shlibdeps.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${NOVAMIND_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${NOVAMIND_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME novamind)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION science)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME novamind-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)

# .rpm: one package per component, dependencies from rpm's automatic requirements.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-Novamind-Proprietary")
set(CPACK_RPM_PACKAGE_URL "${NOVAMIND_HOMEPAGE}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_CLIENT_PACKAGE_NAME novamind)
set(CPACK_RPM_CLIENT_PACKAGE_SUMMARY "Clinician desktop app for patients' digital twins, on an encrypted replica")
set(CPACK_RPM_CLIENT_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_SERVER_PACKAGE_NAME novamind-server)
set(CPACK_RPM_SERVER_PACKAGE_SUMMARY "Reference sync server for Novamind Clinician replicas")
set(CPACK_RPM_SERVER_PACKAGE_GROUP "System Environment/Daemons")
# Directories the distribution's filesystem package owns; claiming them would conflict with it.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/man
    /usr/share/man/man1
    /usr/share/doc
    /usr/share/lintian
    /usr/share/lintian/overrides)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/icons/hicolor/${size}x${size}
         /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# .tar.gz: both components in one archive, under usr/.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

include(CPack)
