# --- Hardening of every binary the package installs --------------------------------------------------
# Debian builds packages with dpkg-buildflags' hardening flags; the .deb made here by CPack gets the same
# ones, so that lintian finds fortified libc calls (hardening-no-fortify-functions) and full RELRO with
# immediate binding (hardening-no-bindnow) in nbapply, nbapply-gui and the modules. GCC 12 on Debian
# makes position-independent executables by default. Included by the top-level CMakeLists.txt before the
# targets are made; a block of its own, apart from the warning and CI flags.
#
# Not for Debug builds (glibc's _FORTIFY_SOURCE needs optimisation and warns without it, an error under
# -Werror) nor with sanitizers (the asan and fuzz presets: ASan intercepts the very functions that
# _FORTIFY_SOURCE replaces by checked ones, and reports less through them).
option(NBAPPLY_HARDENING "Build with Debian's hardening flags (_FORTIFY_SOURCE=2, stack protector, full RELRO, bindnow)"
       ON)
if(NBAPPLY_HARDENING AND NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    set(nbapply_optimised $<OR:$<CONFIG:Release>,$<CONFIG:RelWithDebInfo>,$<CONFIG:MinSizeRel>>)
    add_compile_options($<${nbapply_optimised}:-U_FORTIFY_SOURCE> $<${nbapply_optimised}:-D_FORTIFY_SOURCE=2>
                        -fstack-protector-strong -fstack-clash-protection)
    add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
