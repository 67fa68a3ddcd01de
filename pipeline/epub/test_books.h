// Three small editions of one article for the epub tests: English (the
// source edition), French (two sentences not translated yet) and Arabic
// (right-to-left, one sentence not translated yet). Each comes as the
// document model plus a hand-written content document that follows the
// renderer's conventions (render/xhtml.h). Header-only; tests only.
#ifndef FOLIO_EPUB_TEST_BOOKS_H_
#define FOLIO_EPUB_TEST_BOOKS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <zip.h>

#include "doc/document.h"
#include "epub/epub.h"

namespace folio::epub::testing {

// 2026-11-02T09:30:15Z
inline constexpr int64_t kEpoch = 1793611815;
inline constexpr char kSourceId[] = "urn:uuid:5d0c2a1e-7b43-4c8e-9a55-3f1e2b6c9d70";

inline doc::Segment Seg(const std::string& id, const std::string& source, std::optional<std::string> target) {
  doc::Segment s;
  s.id = id;
  s.source = doc::TextFragment(source);
  if (target) s.target = doc::TextFragment(*target);
  s.space_after = " ";
  return s;
}

inline doc::Block Unit(doc::BlockKind kind, const std::string& id, std::vector<doc::Segment> segs) {
  doc::Block b;
  b.kind = kind;
  b.id = id;
  b.level = kind == doc::BlockKind::kHeading ? 2 : kind == doc::BlockKind::kTitle ? 1 : 0;
  b.segments = std::move(segs);
  b.segments.back().space_after = "";
  return b;
}

// Source sentence -> translation, per language.
inline std::map<std::string, std::string> Targets(const std::string& lang) {
  if (lang == "fr")
    return {
        {"Tears After Sex: What Your Soul Is Trying to Tell You",
         "Pleurer après l’amour : ce que votre âme essaie de vous dire"},
        {"Crying after sex is common.", "Pleurer après l’amour est courant."},
        {"The tears come.", "Les larmes arrivent."},
        {"You thought you’d be wrapped in bliss.", "Vous pensiez baigner dans le bonheur."},
        {"Sex Is More Than Physical", "Le sexe est plus que physique"},
        {"Sex is layered.", "Le sexe a plusieurs couches."},
        {"Release & Emotions", "Libération & émotions"},
        {"Sex stirs energy.", "Le sexe remue l’énergie."},
    };
  if (lang == "ar")
    return {
        {"Tears After Sex: What Your Soul Is Trying to Tell You", "دموع بعد الحب: ما تحاول روحك أن تقوله لك"},
        {"Crying after sex is common.", "البكاء بعد العلاقة الحميمة أمر شائع."},
        {"The tears come.", "تأتي الدموع."},
        {"You thought you’d be wrapped in bliss.", "ظننت أن السعادة ستغمرك."},
        {"Sex Is More Than Physical", "الحب أكثر من جسد"},
        {"Sex is layered.", "للحب طبقات كثيرة."},
        {"It’s also memory.", "وهو ذاكرة أيضًا."},
        {"Release & Emotions", "التحرر والمشاعر"},
        {"Sex stirs energy.", "الحب يحرك الطاقة."},
    };
  return {};
}

// The article as a document: title, description, an introduction, two
// sections. `lang` "en" is the source edition; "fr" and "ar" translations.
inline doc::Document Book(const std::string& lang) {
  using K = doc::BlockKind;
  std::map<std::string, std::string> targets = Targets(lang);
  auto seg = [&](const std::string& id, const std::string& source) {
    auto it = targets.find(source);
    return Seg(id, source, it == targets.end() ? std::nullopt : std::optional(it->second));
  };
  doc::Document d;
  d.meta.title = "Tears After Sex: What Your Soul Is Trying to Tell You";
  d.meta.author = "Anonymous";
  d.meta.publisher = "Folio Sample Editions";
  d.meta.language = "en";
  d.meta.date = "2026-11-01";
  d.meta.description = "Crying after sex is common.";
  d.meta.subjects = {"Sexuality", "Emotions"};
  d.meta.rights = "© 2026 Folio Sample Editions. All rights reserved.";
  d.meta.identifier = kSourceId;
  d.source_language = "en";
  d.target_language = lang == "en" ? "" : lang;
  d.blocks.push_back(Unit(K::kTitle, "title", {seg("s-t", "Tears After Sex: What Your Soul Is Trying to Tell You")}));
  d.blocks.push_back(Unit(K::kDescription, "description", {seg("s-d", "Crying after sex is common.")}));
  d.blocks.push_back(Unit(K::kParagraph, "p-intro",
                          {seg("s-1", "The tears come."), seg("s-2", "You thought you’d be wrapped in bliss.")}));
  d.blocks.push_back(Unit(K::kHeading, "h-physical", {seg("s-3", "Sex Is More Than Physical")}));
  d.blocks.push_back(
      Unit(K::kParagraph, "p-layered",
           {seg("s-4", "Sex is layered."), seg("s-5", "It’s also memory."), seg("s-6", "Walls come down.")}));
  d.blocks.push_back(Unit(K::kHeading, "h-release", {seg("s-7", "Release & Emotions")}));
  d.blocks.push_back(Unit(K::kParagraph, "p-release", {seg("s-8", "Sex stirs energy.")}));
  return d;
}

// Segments of Book(lang) that fall back to English.
inline int Untranslated(const std::string& lang) {
  if (lang == "fr") return 2;  // "It’s also memory. Walls come down."
  if (lang == "ar") return 1;  // "Walls come down."
  return 0;
}

// The content document as render::WriteXhtml writes it (no stylesheet link).
inline std::string Content(const std::string& lang) {
  std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n";
  if (lang == "fr")
    return head +
           "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"fr\" "
           "xml:lang=\"fr\" dir=\"ltr\">\n"
           "  <head>\n"
           "    <meta charset=\"UTF-8\"/>\n"
           "    <title>Pleurer après l’amour : ce que votre âme essaie de vous dire</title>\n"
           "  </head>\n"
           "  <body>\n"
           "    <main>\n"
           "      <h1 id=\"title\">Pleurer après l’amour : ce que votre âme essaie de vous dire</h1>\n"
           "      <p id=\"p-intro\">Les larmes arrivent. Vous pensiez baigner dans le bonheur.</p>\n"
           "      <section aria-labelledby=\"h-physical\">\n"
           "        <h2 id=\"h-physical\">Le sexe est plus que physique</h2>\n"
           "        <p id=\"p-layered\">Le sexe a plusieurs couches. <span lang=\"en\" xml:lang=\"en\">It’s also "
           "memory. Walls come down.</span></p>\n"
           "      </section>\n"
           "      <section aria-labelledby=\"h-release\">\n"
           "        <h2 id=\"h-release\">Libération &amp; émotions</h2>\n"
           "        <p id=\"p-release\">Le sexe remue l’énergie.</p>\n"
           "      </section>\n"
           "    </main>\n"
           "  </body>\n"
           "</html>\n";
  if (lang == "ar")
    return head +
           "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"ar\" "
           "xml:lang=\"ar\" dir=\"rtl\">\n"
           "  <head>\n"
           "    <meta charset=\"UTF-8\"/>\n"
           "    <title>دموع بعد الحب: ما تحاول روحك أن تقوله لك</title>\n"
           "  </head>\n"
           "  <body>\n"
           "    <main>\n"
           "      <h1 id=\"title\">دموع بعد الحب: ما تحاول روحك أن تقوله لك</h1>\n"
           "      <p id=\"p-intro\">تأتي الدموع. ظننت أن السعادة ستغمرك.</p>\n"
           "      <section aria-labelledby=\"h-physical\">\n"
           "        <h2 id=\"h-physical\">الحب أكثر من جسد</h2>\n"
           "        <p id=\"p-layered\">للحب طبقات كثيرة. وهو ذاكرة أيضًا. <span lang=\"en\" xml:lang=\"en\" "
           "dir=\"ltr\">Walls come down.</span></p>\n"
           "      </section>\n"
           "      <section aria-labelledby=\"h-release\">\n"
           "        <h2 id=\"h-release\">التحرر والمشاعر</h2>\n"
           "        <p id=\"p-release\">الحب يحرك الطاقة.</p>\n"
           "      </section>\n"
           "    </main>\n"
           "  </body>\n"
           "</html>\n";
  return head +
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\" "
         "xml:lang=\"en\" dir=\"ltr\">\n"
         "  <head>\n"
         "    <meta charset=\"UTF-8\"/>\n"
         "    <title>Tears After Sex: What Your Soul Is Trying to Tell You</title>\n"
         "  </head>\n"
         "  <body>\n"
         "    <main>\n"
         "      <h1 id=\"title\">Tears After Sex: What Your Soul Is Trying to Tell You</h1>\n"
         "      <p id=\"p-intro\">The tears come. You thought you’d be wrapped in bliss.</p>\n"
         "      <section aria-labelledby=\"h-physical\">\n"
         "        <h2 id=\"h-physical\">Sex Is More Than Physical</h2>\n"
         "        <p id=\"p-layered\">Sex is layered. It’s also memory. Walls come down.</p>\n"
         "      </section>\n"
         "      <section aria-labelledby=\"h-release\">\n"
         "        <h2 id=\"h-release\">Release &amp; Emotions</h2>\n"
         "        <p id=\"p-release\">Sex stirs energy.</p>\n"
         "      </section>\n"
         "    </main>\n"
         "  </body>\n"
         "</html>\n";
}

// UI strings as a translator would supply them; English uses the defaults.
inline std::map<std::string, std::string> Strings(const std::string& lang) {
  if (lang == "fr")
    return {
        {"toc_title", "Table des matières"},
        {"landmarks_title", "Repères"},
        {"landmark_bodymatter", "Début du texte"},
        {"a11y_summary",
         "Cette édition est un article unique sous forme de texte ; ses polices, sa taille de texte, "
         "ses couleurs et ses espacements suivent les réglages du système de lecture."},
        {"a11y_summary_sections",
         "{sections, plural, one {Une table des matières et un titre mènent à son unique section.} "
         "other {Une table des matières et des titres mènent à chacune de ses # sections.}}"},
        {"a11y_summary_untranslated",
         "{count, plural, one {# passage est en {language}, car il n’est pas encore traduit.} "
         "other {# passages sont en {language}, car ils ne sont pas encore traduits.}}"},
        {"a11y_summary_verified", "Elle est conforme à EPUB Accessibility 1.1 et au niveau AA des WCAG 2.2."},
        {"a11y_summary_unverified",
         "{count, plural, one {Des contrôles automatiques y ont relevé # problème (WCAG {criteria}), aussi "
         "ne revendique-t-elle aucune conformité.} other {Des contrôles automatiques y ont relevé # problèmes "
         "(WCAG {criteria}), aussi ne revendique-t-elle aucune conformité.}}"},
    };
  if (lang == "ar")
    return {
        {"toc_title", "المحتويات"},
        {"landmarks_title", "معالم الكتاب"},
        {"landmark_bodymatter", "بداية المحتوى"},
        {"a11y_summary",
         "هذه النسخة مقالة واحدة بصيغة نصية، وتتبع خطوطها وحجم نصها وألوانها وتباعدها إعدادات نظام القراءة."},
        {"a11y_summary_sections",
         "{sections, plural, one {يقود جدول المحتويات وعنوان إلى قسمها الوحيد.} "
         "two {يقود جدول المحتويات وعنوانان إلى قسميها.} "
         "other {يقود جدول المحتويات والعناوين إلى أقسامها الـ#.}}"},
        {"a11y_summary_untranslated",
         "{count, plural, one {مقطع واحد باللغة {language} لأنه لم يُترجم بعد.} "
         "two {مقطعان باللغة {language} لأنهما لم يُترجما بعد.} "
         "few {# مقاطع باللغة {language} لأنها لم تُترجم بعد.} "
         "other {# مقطعًا باللغة {language} لأنها لم تُترجم بعد.}}"},
        {"a11y_summary_verified", "وهي تستوفي EPUB Accessibility 1.1 والمستوى AA من WCAG 2.2."},
        {"a11y_summary_unverified",
         "{count, plural, one {ووجدت فيها الفحوص الآلية مشكلة واحدة (WCAG {criteria})، فلا تدّعي المطابقة.} "
         "two {ووجدت فيها الفحوص الآلية مشكلتين (WCAG {criteria})، فلا تدّعي المطابقة.} "
         "few {ووجدت فيها الفحوص الآلية # مشكلات (WCAG {criteria})، فلا تدّعي المطابقة.} "
         "other {ووجدت فيها الفحوص الآلية # مشكلة (WCAG {criteria})، فلا تدّعي المطابقة.}}"},
    };
  return {};
}

// The input WriteEpub gets for Book(lang). The document lives in *doc.
inline EpubInput Input(const std::string& lang, doc::Document* doc) {
  *doc = Book(lang);
  EpubInput in;
  in.doc = doc;
  in.content_xhtml = Content(lang);
  in.untranslated = Untranslated(lang);
  in.strings = Strings(lang);
  in.modified_epoch = kEpoch;
  return in;
}

// One entry of a zip as libzip reads it back.
struct ReadEntry {
  std::string name;
  int compression = -1;  // ZIP_CM_STORE, ZIP_CM_DEFLATE
  std::string data;
  int extra_fields = -1;  // local + central
  uint8_t opsys = 0;
  uint32_t attributes = 0;
};

// Reads every entry of the zip in `bytes`, in order; empty on failure.
inline std::vector<ReadEntry> ReadZip(const std::string& bytes) {
  std::vector<ReadEntry> entries;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
  zip_error_fini(&error);
  if (za == nullptr) {
    if (src) zip_source_free(src);
    return entries;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
    ReadEntry e;
    zip_stat_t st;
    zip_stat_index(za, i, 0, &st);
    e.name = st.name;
    e.compression = st.comp_method;
    e.extra_fields = zip_file_extra_fields_count(za, i, ZIP_FL_LOCAL | ZIP_FL_CENTRAL);
    zip_file_get_external_attributes(za, i, 0, &e.opsys, &e.attributes);
    zip_file_t* f = zip_fopen_index(za, i, 0);
    e.data.resize(st.size);
    if (f) {
      zip_fread(f, e.data.data(), e.data.size());
      zip_fclose(f);
    }
    entries.push_back(std::move(e));
  }
  zip_close(za);
  return entries;
}

}  // namespace folio::epub::testing

#endif  // FOLIO_EPUB_TEST_BOOKS_H_
