#include <algorithm>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "langid/langid.h"

extern "C" {
#include <fingerprint.h>
#include <textcat.h>
}

#ifndef FOLIO_TEXTCAT_MODELS_DIR
#define FOLIO_TEXTCAT_MODELS_DIR "/usr/share/libexttextcat"
#endif

namespace folio::langid {

namespace {

// textcat's own limits (its constants.h, not installed by every version):
// a fingerprint keeps the 400 most frequent n-grams, and an n-gram missing
// from a model costs 400.
constexpr int kMaxNgrams = 400;

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

}  // namespace

Identifier::~Identifier() {
  for (Model& m : models_) fp_Done(m.fingerprint);
}

// fpdb.conf is read here rather than by textcat_Init: textcat_ClassifyFull
// stops scoring a model once it is 3 % worse than the best so far, and keeps
// at most five, so it cannot tell how far the next language is -- the
// margin Decide needs. fp_Compare with no cutoff gives every distance.
Status Identifier::Load(const std::string& dir, std::unique_ptr<Identifier>* out) {
  std::string conf = dir + "/fpdb.conf";
  std::ifstream in(conf);
  if (!in)
    return Status::IoError(conf +
                           ": cannot read textcat's list of language models; install "
                           "libexttextcat-data (or point FOLIO_LANGID_MODELS at its folder)");
  std::unique_ptr<Identifier> id(new Identifier());
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    line = Trim(line.substr(0, line.find('#')));
    std::istringstream fields(line);
    std::string file, name;
    if (!(fields >> file >> name)) continue;
    Model m;
    m.fingerprint = fp_Init(name.c_str());
    m.name = name;
    m.language = PrimaryLanguage(name);
    std::string path = dir + "/" + file;
    if (m.fingerprint == nullptr || fp_Read(m.fingerprint, path.c_str(), kMaxNgrams) == 0) {
      if (m.fingerprint != nullptr) fp_Done(m.fingerprint);
      return Status::IoError(conf + ":" + std::to_string(line_no) + ":1: cannot read the language model " + path +
                             "; reinstall libexttextcat-data");
    }
    id->models_.push_back(std::move(m));
  }
  if (id->models_.empty()) return Status::IoError(conf + ": lists no language model; reinstall libexttextcat-data");
  *out = std::move(id);
  return Status::Ok();
}

Status Identifier::Default(const Identifier** out) {
  static std::once_flag once;
  static std::unique_ptr<Identifier> loaded;
  static Status status;
  std::call_once(once, [] {
    const char* env = std::getenv("FOLIO_LANGID_MODELS");
    status = Load(env != nullptr && *env != '\0' ? env : FOLIO_TEXTCAT_MODELS_DIR, &loaded);
  });
  if (status.ok()) *out = loaded.get();
  return status;
}

Identification Identifier::Identify(std::string_view plain) const {
  Identification result;
  std::string text = PrepareText(plain);
  result.letters = CountLetters(text);
  if (result.letters == 0) return result;
  void* unknown = fp_Init(nullptr);
  fp_SetProperty(unknown, TCPROP_UTF8AWARE, TC_TRUE);
  fp_SetProperty(unknown, TCPROP_MINIMUM_DOCUMENT_SIZE, 1);
  if (fp_Create(unknown, text.data(), static_cast<uint4>(text.size()), kMaxNgrams) == 0) {
    fp_Done(unknown);
    return result;
  }
  // Against a model with no n-grams every n-gram of the text is out of
  // place: the largest distance this text can have.
  void* empty = fp_Init(nullptr);
  double worst = fp_Compare(empty, unknown, INT_MAX);
  fp_Done(empty);
  std::map<std::string, Candidate> best;  // language -> its closest model
  for (const Model& m : models_) {
    double d = worst > 0 ? fp_Compare(m.fingerprint, unknown, INT_MAX) / worst : 1.0;
    auto it = best.find(m.language);
    if (it == best.end() || d < it->second.distance) best[m.language] = Candidate{m.language, m.name, d};
  }
  fp_Done(unknown);
  for (auto& [lang, c] : best) result.candidates.push_back(std::move(c));
  std::stable_sort(result.candidates.begin(), result.candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
  return result;
}

bool Identifier::HasModel(std::string_view tag) const {
  std::string language = PrimaryLanguage(tag);
  if (language.empty() || language == "qps") return false;
  for (const Model& m : models_)
    if (m.language == language) return true;
  return false;
}

}  // namespace folio::langid
