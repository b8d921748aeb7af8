// The seal of the service layer (issue #21 item 1). Every header of storage/, security/, io/,
// print/ and services/Context.h includes this one first: they are the services' own insides.
// The layer libraries (ar_storage, ar_security, ar_io, ar_print, ar_services) and the tests
// of those layers are compiled with AR_SERVICES_INTERNAL; ar_ui, ar_cli and the app are not,
// so a front-end file that reaches past the services fails to compile, naming why. What the
// front-ends may use: the services/ headers (Archive.h and the services it hands out) and the
// value types of core/. See docs/architecture.md, "Sealed layers".
// No include guard on purpose: the check runs in every header that includes it.
#ifndef AR_SERVICES_INTERNAL
#error "this header is private to the services (storage/, security/, io/, print/, services/Context.h); ui/ and src/cli/ use the services/ headers and core/ value types (docs/architecture.md, Sealed layers)"
#endif
