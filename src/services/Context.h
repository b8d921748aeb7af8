#pragma once

#include "core/Sealed.h" // private to the services

#include "core/Access.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/Sensitive.h"
#include "storage/AccessRuleRepository.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DestructionRepository.h"
#include "storage/DossierRepository.h"
#include "storage/EstateRepository.h"
#include "storage/FilingRepository.h"
#include "storage/HistoryRepository.h"
#include "storage/KeySlotRepository.h"
#include "storage/LoanRepository.h"
#include "storage/LocationRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReconciliationRepository.h"
#include "storage/SearchIndex.h"
#include "storage/UserRepository.h"

#include <optional>

namespace ar {

// What every service shares: the database and its repositories, the clock, the codec for
// sensitive fields and the signed-in user.
class Context
{
public:
    Context(Database& database, const Clock& clk, const SensitiveCodec& sensitiveCodec)
        : db(database), clock(clk), codec(sensitiveCodec), users(database), meta(database), estates(database),
          persons(database, sensitiveCodec), history(database), dossiers(database), search(database),
          audit(database), keySlots(database), filing(database), locations(database), accessRules(database),
          destruction(database), loans(database), reconciliation(database)
    {
        db.setAfterTransaction([this] { writeRefusals(); });
    }
    ~Context() { db.setAfterTransaction({}); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    Database& db;
    const Clock& clock;
    const SensitiveCodec& codec;
    UserRepository users;
    MetaRepository meta;
    EstateRepository estates;
    PersonRepository persons;
    HistoryRepository history;
    DossierRepository dossiers;
    SearchIndex search;
    AuditRepository audit;
    KeySlotRepository keySlots;
    FilingRepository filing;
    LocationRepository locations;
    // Those of one or two services (held by reference there, so that the services' headers need
    // no storage header: docs/architecture.md "Sealed layers").
    AccessRuleRepository accessRules;
    DestructionRepository destruction;
    LoanRepository loans;
    ReconciliationRepository reconciliation;

    const std::optional<User>& user() const { return m_user; }
    void setUser(std::optional<User> u) { m_user = std::move(u); }
    qint64 userId() const { return m_user ? m_user->id : 0; }

    // PermissionDenied unless someone is signed in and the role allows `p`. A refusal of a
    // signed-in user is traced (R27): an audit record `refused` names the permission and the
    // rule behind it, in a transaction of its own when the caller has none.
    Status require(Permission p);
    bool can(Permission p) const { return m_user && allows(m_user->role, p); }

    // A refusal by a rule inside a service (not by role: approving one's own request, lending a
    // lost dossier, a visit for a dossier that is out, executing an unapproved batch …) is
    // traced like a role refusal (R27): a `refused` record naming who (the signed-in user), what
    // (`what`, a code such as "loan_decide", and the entity) and the rule, written in a
    // transaction of its own once the refused one has ended, since that one rolls back. Gives
    // back `e`, the refusal the caller returns.
    Error refuse(const Error& e, const char* rule, const QString& what, const QString& entity = {},
                 qint64 entityId = 0, const QString& dossier = {});

private:
    struct Refusal
    {
        QString entity;
        qint64 entityId = 0;
        QString dossier;
        QString detail;
    };
    void trace(Refusal r);
    void writeRefusals();

    std::optional<User> m_user;
    QList<Refusal> m_refusals; // waiting for the transaction now open to end
    bool m_writingRefusals = false;
};

} // namespace ar
