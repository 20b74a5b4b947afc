#pragma once
// The SQL of the admin API: one read-only query per endpoint, answering in JSON built by PostgreSQL
// (row_to_json / json_build_object), so a column's type decides its JSON type in one place.

#include <string>
#include <vector>

#include "ijw/admin/auth.hpp"

namespace ijw::admin {

// A paged list (D-605): `sql` selects exactly `columns` and binds the filters as $1, $2, ... in the order
// of `filters` (an absent filter is bound as ''); `order` makes the order stable (it ends in a key).
struct ListQuery {
  std::string name;                  // in the route and the CSV file name
  Role role = Role::Reader;          // the least role that may read it
  bool personal = true;              // holds BSNs: every read is audited
  std::vector<std::string> filters;  // the query parameters it accepts besides paging and format
  std::vector<std::string> columns;  // the JSON members of an item and the CSV columns, in order
  std::string sql;
  std::string order;
};

const ListQuery& open_verzoeken();             // GET /admin/v1/verzoeken/open
const ListQuery& toewijzingen_zonder_start();  // GET /admin/v1/toewijzingen/zonder-start
const ListQuery& stops();                      // GET /admin/v1/stops
const ListQuery& afgekeurde_berichten();       // GET /admin/v1/berichten/afgekeurd
const ListQuery& statistieken();               // GET /admin/v1/statistieken
const ListQuery& audit_log();                  // GET /admin/v1/audit
// GET /admin/v1/gemeenten/{gemeente}/toewijzingen/{nummer}/berichten: $1 gemeente, $2 nummer (from the path).
const ListQuery& toewijzing_historie();

// One JSON text per look-up, or no row when the subject is unknown.
extern const char* const kClientSql;            // $1 BSN
extern const char* const kToewijzingSql;        // $1 gemeente, $2 nummer
extern const char* const kAanbiederSql;         // $1 AGB code
extern const char* const kToewijzingExistsSql;  // $1 gemeente, $2 nummer
extern const char* const
    kAuditInsertSql;  // $1 token, $2 role, $3 request id, $4 remote, $5 endpoint, $6 subject, $7 rows

}  // namespace ijw::admin
