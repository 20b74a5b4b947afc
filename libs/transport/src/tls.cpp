// The server's TLS context (docs/ijwd.md, "TLS").

#include <openssl/ssl.h>

#include <boost/asio/ssl/context.hpp>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "ijw/transport/https_listener.hpp"

namespace ijw::transport {
namespace {

void require_readable(const std::string& what, const std::string& path) {
  if (path.empty()) throw std::runtime_error(what + " is not configured");
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) throw std::runtime_error(what + " " + path + " is not a file");
}

}  // namespace

boost::asio::ssl::context make_tls_context(const TlsFiles& files) {
  namespace ssl = boost::asio::ssl;
  require_readable("tls.certificate", files.certificate);
  require_readable("tls.private_key", files.private_key);
  if (!files.client_ca.empty()) require_readable("tls.client_ca", files.client_ca);

  ssl::context context(ssl::context::tls_server);
  context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                      ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
  if (SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION) != 1)
    throw std::runtime_error("cannot require TLS 1.2");
  const auto use = [](const std::string& what, const std::string& path, auto&& action) {
    try {
      action();
    } catch (const std::exception& error) {
      throw std::runtime_error(what + " " + path + ": " + error.what());
    }
  };
  use("tls.certificate", files.certificate, [&] { context.use_certificate_chain_file(files.certificate); });
  use("tls.private_key", files.private_key, [&] { context.use_private_key_file(files.private_key, ssl::context::pem); });
  if (SSL_CTX_check_private_key(context.native_handle()) != 1)
    throw std::runtime_error("tls.private_key " + files.private_key + " does not belong to tls.certificate " +
                             files.certificate);
  if (files.client_ca.empty()) return context;  // no client certificates asked for (the admin API)
  use("tls.client_ca", files.client_ca, [&] { context.load_verify_file(files.client_ca); });
  // Tell clients which CAs we accept, so they offer the right certificate.
  if (STACK_OF(X509_NAME)* names = SSL_load_client_CA_file(files.client_ca.c_str()))
    SSL_CTX_set_client_CA_list(context.native_handle(), names);
  else
    throw std::runtime_error("tls.client_ca " + files.client_ca + " holds no certificate");
  // A certificate is asked for and, when given, verified during the handshake (a bad one fails it). Its
  // absence is answered at the HTTP level (401), so /healthz needs none.
  context.set_verify_mode(ssl::verify_peer);
  return context;
}

}  // namespace ijw::transport
