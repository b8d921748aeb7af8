#pragma once

// A roster's column fields, as the importer (io/Roster.h, ImportService) and the import dialog
// name them; in io's namespace, where the roster logic that reads them lives.

namespace ar::io {

// The columns a handover roster (开发商移交业主名册) may have. Rooms come as one column
// ("3-2-1201", "3栋2单元1201", "3座2单元1201室") or as building, unit and room columns.
enum class RosterField
{
    Room,
    Building,
    Unit,
    RoomNumber,
    Name,
    Gender,
    IdType,
    IdNumber,
    Phone,
    WorkUnit,
    HomeAddress,
    EmergencyContact,
    MoveIn,
    Role,
    Relation,
    Area,
    Notes,
    // A tenant's lease (issue #20 item 9): its start and end, or both in one column
    // ("2026-01-01至2026-12-31", read as "from/to"), the contract number; an organisation's
    // contact person.
    LeaseFrom,
    LeaseTo,
    LeaseTerm,
    ContractNo,
    ContactName,
};
} // namespace ar::io
