#pragma once
// Inside the store only: the libpqxx connection behind a store::Connection, for the statements that live
// outside store.cpp (uitgaand.cpp).

#include <pqxx/pqxx>

#include <string>

#include "ijw/store/store.hpp"

namespace ijw::store {

struct Connection::Impl {
  explicit Impl(const std::string& url) : connection(url) {}
  pqxx::connection connection;
};

struct ConnectionAccess {
  static pqxx::connection& of(Connection& connection);
};

}  // namespace ijw::store
