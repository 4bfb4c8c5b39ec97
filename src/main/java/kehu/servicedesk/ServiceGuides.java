package kehu.servicedesk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kehu.servicedesk.internal.FrequentAnswer;
import kehu.servicedesk.internal.FrequentAnswers;
import kehu.servicedesk.internal.HandlingTemplate;
import kehu.servicedesk.internal.HandlingTemplates;
import kehu.servicedesk.internal.MatterJournal;
import kehu.servicedesk.internal.RequestCategories;
import kehu.shared.DomainException;
import kehu.shared.FieldViolation;
import kehu.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handling templates and answers to frequent consultations (SVC-7): offered to the clerk at intake as the category,
 * type and words of a matter are entered, and to the handler on the matter; kept by the service supervisors
 * ({@code service.dispatch}). Nothing is deleted, only switched off; every change is audited.
 *
 * <p>Frequent answers are found by their words: the query's character pairs (bigrams, which suit Chinese without a
 * dictionary) and whole Latin words are looked up in the question and keywords (2 points each) and the answer (1), and
 * an answer of the matter's category or one of its parents gets 3 more. A term most questions share (怎么) counts for
 * nothing, and only the answers scoring at least half the best are offered. The desk keeps a few hundred answers, so
 * they are scored in memory.
 */
@Service
@Transactional
public class ServiceGuides {

    static final int MAX_TEMPLATES = 3;
    static final int MAX_ANSWERS = 5;

    private final HandlingTemplates templates;
    private final FrequentAnswers answers;
    private final RequestCategories categories;
    private final MatterJournal journal;
    private final Clock clock;

    ServiceGuides(HandlingTemplates templates, FrequentAnswers answers, RequestCategories categories, MatterJournal journal,
                  Clock clock) {
        this.templates = templates;
        this.answers = answers;
        this.categories = categories;
        this.journal = journal;
        this.clock = clock;
    }

    /** What fits a matter of that type and category described by those words (any of them may be missing). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake', 'service.dispatch', 'service.handle')")
    public GuideView guide(MatterType type, String categoryCode, String words) {
        var category = MatterManagement.blankToNull(categoryCode);
        var chain = category == null ? List.<String>of() : categories.selfAndAncestors(category);
        var fitting = templates.findByActiveTrueAndCategoryCodeIn(chain).stream()
                .filter(t -> t.getMatterType() == null || t.getMatterType() == type)
                .sorted(Comparator.<HandlingTemplate>comparingInt(t -> chain.indexOf(t.getCategoryCode()))
                        .thenComparing(t -> t.getMatterType() == null ? 1 : 0).thenComparing(HandlingTemplate::getId))
                .limit(MAX_TEMPLATES).map(this::view).toList();
        return new GuideView(fitting, match(answers.findByActiveTrueOrderByIdAsc(), chain, words));
    }

    private List<FaqView> match(List<FrequentAnswer> all, List<String> chain, String words) {
        var terms = terms(words);
        if (terms.isEmpty() && chain.isEmpty()) {
            return List.of();
        }
        record Scored(FrequentAnswer a, int score) {
        }
        var heads = all.stream().map(a -> normalise(a.getQuestion() + " " + (a.getKeywords() == null ? "" : a.getKeywords()))).toList();
        var bodies = all.stream().map(a -> normalise(a.getAnswer())).toList();
        // a term most questions share (怎么, 如何 …) tells nothing apart
        var telling = terms.stream().filter(t -> all.size() < 4
                || heads.stream().filter(h -> h.contains(t)).count() * 2 <= all.size()).toList();
        var scored = new ArrayList<Scored>();
        for (int i = 0; i < all.size(); i++) {
            var a = all.get(i);
            int textScore = 0;
            for (var t : telling) {
                textScore += heads.get(i).contains(t) ? 2 : bodies.get(i).contains(t) ? 1 : 0;
            }
            boolean inCategory = a.getCategoryCode() != null && chain.contains(a.getCategoryCode());
            // words given: a question must share some of them; none given: the category's questions
            if ((terms.isEmpty() && inCategory) || textScore >= 2) {
                scored.add(new Scored(a, textScore + (inCategory ? 3 : 0)));
            }
        }
        // only the answers close to the best: a weak match beside a strong one is noise
        int best = scored.stream().mapToInt(Scored::score).max().orElse(0);
        return scored.stream().filter(x -> x.score() * 2 >= best)
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(x -> x.a().getId()))
                .limit(MAX_ANSWERS).map(x -> view(x.a())).toList();
    }

    /** The query's distinct character pairs of Chinese text and its Latin words and numbers, normalised. */
    static Set<String> terms(String words) {
        var out = new HashSet<String>();
        if (words == null) {
            return out;
        }
        var run = new StringBuilder();
        var latin = new StringBuilder();
        for (int i = 0; i <= words.length(); i++) {
            int c = i < words.length() ? Character.toLowerCase(words.charAt(i)) : ' ';
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run.append((char) c);
                flushLatin(latin, out);
            } else if (Character.isLetterOrDigit(c)) {
                latin.append((char) c);
                flushHan(run, out);
            } else {
                flushHan(run, out);
                flushLatin(latin, out);
            }
        }
        return out;
    }

    private static void flushHan(StringBuilder run, Set<String> out) {
        if (run.length() == 1) {
            out.add(run.toString());
        }
        for (int i = 0; i + 1 < run.length(); i++) {
            out.add(run.substring(i, i + 2));
        }
        run.setLength(0);
    }

    private static void flushLatin(StringBuilder latin, Set<String> out) {
        if (latin.length() >= 2) {
            out.add(latin.toString());
        }
        latin.setLength(0);
    }

    private static String normalise(String s) {
        var b = new StringBuilder();
        s.codePoints().map(Character::toLowerCase).filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    // --- handling templates ----------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake', 'service.dispatch', 'service.handle')")
    public List<HandlingTemplateView> handlingTemplates() {
        return templates.findAllByOrderByCategoryCodeAscIdAsc().stream().map(this::view).toList();
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public long createHandlingTemplate(HandlingTemplateForm form) {
        var f = check(form);
        var t = templates.save(new HandlingTemplate(f.categoryCode(), f.matterType(), f.title(), f.steps(), f.standardAnswer()));
        journal.audit("handlingTemplate.create", "handlingTemplate", t.getId(), null, describe(t), clock.instant());
        return t.getId();
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public void updateHandlingTemplate(long id, HandlingTemplateForm form) {
        var t = templates.findById(id).orElseThrow(() -> new NotFoundException("handlingTemplate", id));
        var f = check(form);
        var before = describe(t);
        t.describe(f.categoryCode(), f.matterType(), f.title(), f.steps(), f.standardAnswer());
        journal.audit("handlingTemplate.update", "handlingTemplate", id, before, describe(t), clock.instant());
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public void activateHandlingTemplate(long id, boolean active) {
        var t = templates.findById(id).orElseThrow(() -> new NotFoundException("handlingTemplate", id));
        t.activate(active);
        journal.audit(active ? "handlingTemplate.activate" : "handlingTemplate.deactivate", "handlingTemplate", id, null,
                describe(t), clock.instant());
    }

    private HandlingTemplateForm check(HandlingTemplateForm form) {
        var problems = new ArrayList<FieldViolation>();
        var category = MatterManagement.blankToNull(form.categoryCode());
        if (category == null) {
            problems.add(new FieldViolation("categoryCode", "validation.required"));
        } else if (!categories.isValid(category)) {
            problems.add(new FieldViolation("categoryCode", "servicedesk.intake.unknownCategory"));
        }
        var title = MatterManagement.text(form.title(), "title", 100, true, problems);
        var steps = MatterManagement.text(form.steps(), "steps", 2000, true, problems);
        if (steps != null && lines(steps).size() > 20) {
            problems.add(new FieldViolation("steps", "servicedesk.guide.tooManySteps", 20));
        }
        var answer = MatterManagement.text(form.standardAnswer(), "standardAnswer", 2000, false, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new HandlingTemplateForm(category, form.matterType(), title, steps == null ? null : String.join("\n", lines(steps)), answer);
    }

    private static List<String> lines(String steps) {
        return steps.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private HandlingTemplateView view(HandlingTemplate t) {
        return new HandlingTemplateView(t.getId(), t.getCategoryCode(), categories.label(t.getCategoryCode()), t.getMatterType(),
                t.getTitle(), lines(t.getSteps()), t.getStandardAnswer(), t.isActive(), t.getVersion());
    }

    private static String describe(HandlingTemplate t) {
        return "category=" + t.getCategoryCode() + ", type=" + t.getMatterType() + ", title=" + t.getTitle() + ", steps="
                + lines(t.getSteps()).size() + ", active=" + t.isActive();
    }

    // --- frequent answers ------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('service.intake', 'service.dispatch', 'service.handle')")
    public List<FaqView> frequentAnswers() {
        return answers.findAllByOrderByIdAsc().stream().map(this::view).toList();
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public long createFrequentAnswer(FaqForm form) {
        var f = check(form);
        var a = answers.save(new FrequentAnswer(f.question(), f.answer(), f.categoryCode(), f.keywords()));
        journal.audit("faq.create", "faq", a.getId(), null, describe(a), clock.instant());
        return a.getId();
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public void updateFrequentAnswer(long id, FaqForm form) {
        var a = answers.findById(id).orElseThrow(() -> new NotFoundException("faq", id));
        var f = check(form);
        var before = describe(a);
        a.describe(f.question(), f.answer(), f.categoryCode(), f.keywords());
        journal.audit("faq.update", "faq", id, before, describe(a), clock.instant());
    }

    @PreAuthorize("hasAuthority('service.dispatch')")
    public void activateFrequentAnswer(long id, boolean active) {
        var a = answers.findById(id).orElseThrow(() -> new NotFoundException("faq", id));
        a.activate(active);
        journal.audit(active ? "faq.activate" : "faq.deactivate", "faq", id, null, describe(a), clock.instant());
    }

    private FaqForm check(FaqForm form) {
        var problems = new ArrayList<FieldViolation>();
        var question = MatterManagement.text(form.question(), "question", 200, true, problems);
        var answer = MatterManagement.text(form.answer(), "answer", 2000, true, problems);
        var category = MatterManagement.blankToNull(form.categoryCode());
        if (category != null && !categories.isValid(category)) {
            problems.add(new FieldViolation("categoryCode", "servicedesk.intake.unknownCategory"));
        }
        var keywords = MatterManagement.text(form.keywords(), "keywords", 200, false, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new FaqForm(question, answer, category, keywords);
    }

    private FaqView view(FrequentAnswer a) {
        return new FaqView(a.getId(), a.getQuestion(), a.getAnswer(), a.getCategoryCode(), categories.label(a.getCategoryCode()),
                a.getKeywords(), a.isActive(), a.getVersion());
    }

    private static String describe(FrequentAnswer a) {
        return "question=" + a.getQuestion() + ", category=" + a.getCategoryCode() + ", active=" + a.isActive();
    }
}
