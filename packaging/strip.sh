#!/bin/sh
# The strip CPack runs on the programs (scripts/package.sh sets CMAKE_STRIP to it): as Debian's
# dh_strip does, it also drops the compiler's .comment and the .note section, which lintian notes
# as unneeded in a packaged program (binary-has-unneeded-section). The build id stays.
exec strip --remove-section=.comment --remove-section=.note --strip-unneeded "$@"
