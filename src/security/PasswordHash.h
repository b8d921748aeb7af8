#pragma once

#include "core/Sealed.h" // private to the services

#include <QString>

namespace ar::password {

// scrypt (OpenSSL EVP_PBE_scrypt) with OWASP-recommended parameters: N=2^15, r=8, p=3
// (32 MiB per hash). Stored as "scrypt$N$r$p$salt-base64$hash-base64", so the parameters can
// be raised later without invalidating stored hashes. Key slots use the same cost.
struct Cost
{
    quint64 n, r, p;
};
Cost cost();

QString hash(const QString& password);
bool verify(const QString& password, const QString& stored);

// Tests only: a cheap cost (N=2^10) so test suites that create many accounts stay fast.
void setTestCost(bool cheap);

} // namespace ar::password
