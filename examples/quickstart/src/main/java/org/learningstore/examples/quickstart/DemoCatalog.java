package org.learningstore.examples.quickstart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningstore.core.LearningStore;
import org.learningstore.core.catalog.Catalog;
import org.learningstore.core.catalog.Course;
import org.learningstore.core.catalog.CourseDetails;
import org.learningstore.core.catalog.CourseModule;
import org.learningstore.core.catalog.Lesson;
import org.learningstore.core.catalog.LessonDetails;
import org.learningstore.core.catalog.LessonKind;
import org.learningstore.core.catalog.Level;
import org.learningstore.core.catalog.ModuleDetails;
import org.learningstore.core.catalog.Skill;
import org.learningstore.core.catalog.SkillDetails;

/** An AI-engineering track, from neural networks to generative AI, loaded once per database; the CLI's {@code seed} too. */
public final class DemoCatalog {
    static final String OUTLINED_SLUG = "generative-ai";
    private static final String ROOT_SKILL = "AI engineering";

    record LessonSpec(String title, LessonKind kind, int minutes, String skill) {
    }

    record ModuleSpec(String title, List<LessonSpec> lessons) {
    }

    record CourseSpec(String slug, String title, String description, Level level, List<String> tags,
                      List<ModuleSpec> modules) {
    }

    private static LessonSpec theory(String title, String skill) {
        return new LessonSpec(title, LessonKind.THEORY, 20, skill);
    }

    private static LessonSpec practice(String title, String skill) {
        return new LessonSpec(title, LessonKind.PRACTICE, 40, skill);
    }

    static final List<CourseSpec> COURSES = List.of(
            new CourseSpec("neural-networks", "Neural Networks from Scratch",
                    "Neurons, activations, loss functions and backpropagation, built by hand in Python.",
                    Level.BEGINNER, List.of("neural-networks", "python"), List.of(
                    new ModuleSpec("The neuron", List.of(
                            theory("Perceptrons and linear models", "Neural networks"),
                            theory("Activation functions", "Neural networks"),
                            practice("Build a perceptron", "Neural networks"))),
                    new ModuleSpec("Learning", List.of(
                            theory("Loss functions and gradients", "Neural networks"),
                            theory("Backpropagation step by step", "Neural networks"),
                            practice("Train a multilayer perceptron", "Neural networks"))))),
            new CourseSpec("deep-learning", "Deep Learning with PyTorch",
                    "Tensors, autograd, optimisers and regularisation for deep networks.",
                    Level.INTERMEDIATE, List.of("deep-learning", "pytorch"), List.of(
                    new ModuleSpec("PyTorch essentials", List.of(
                            theory("Tensors and autograd", "Deep learning"),
                            practice("Training loops", "Deep learning"))),
                    new ModuleSpec("Training deep networks", List.of(
                            theory("Optimisers: SGD to Adam", "Deep learning"),
                            theory("Dropout, batch norm and regularisation", "Deep learning"),
                            practice("Tune a classifier", "Deep learning"))))),
            new CourseSpec("computer-vision", "Computer Vision with CNNs",
                    "Convolutions, pooling and modern architectures for images.",
                    Level.INTERMEDIATE, List.of("vision", "cnn"), List.of(
                    new ModuleSpec("Convolutions", List.of(
                            theory("Kernels and feature maps", "Computer vision"),
                            practice("Classify handwritten digits", "Computer vision"))),
                    new ModuleSpec("Architectures", List.of(
                            theory("ResNets and skip connections", "Computer vision"),
                            theory("Vision transformers", "Computer vision"))))),
            new CourseSpec("nlp-transformers", "Language Models and Transformers",
                    "From embeddings to attention: how transformers read and write text.",
                    Level.ADVANCED, List.of("nlp", "transformers"), List.of(
                    new ModuleSpec("Representing text", List.of(
                            theory("Tokenisation and embeddings", "Natural language processing"),
                            theory("Recurrent networks and their limits", "Natural language processing"))),
                    new ModuleSpec("Attention", List.of(
                            theory("Self-attention explained", "Natural language processing"),
                            theory("The transformer architecture", "Natural language processing"),
                            practice("Fine-tune a small transformer", "Natural language processing"))))),
            new CourseSpec(OUTLINED_SLUG, "Generative AI: Diffusion and LLMs",
                    "How generative models create images and text, and how to build with them.",
                    Level.ADVANCED, List.of("generative-ai", "llm"), List.of(
                    new ModuleSpec("Generative models", List.of(
                            theory("Autoencoders and VAEs", "Generative AI"),
                            theory("GANs", "Generative AI"),
                            theory("Diffusion models", "Generative AI"))),
                    new ModuleSpec("Large language models", List.of(
                            theory("Pretraining and scaling laws", "Generative AI"),
                            theory("Prompting and retrieval-augmented generation", "Generative AI"),
                            practice("Build a RAG assistant", "Generative AI"))))),
            new CourseSpec("mlops", "MLOps: Shipping Models",
                    "Versioning, serving, monitoring and evaluating machine-learning systems.",
                    Level.INTERMEDIATE, List.of("mlops", "production"), List.of(
                    new ModuleSpec("From notebook to service", List.of(
                            theory("Experiment tracking", "MLOps"),
                            practice("Serve a model behind an API", "MLOps"))),
                    new ModuleSpec("Operating models", List.of(
                            theory("Monitoring drift", "MLOps"),
                            theory("Evaluating LLM applications", "MLOps"))))));

    private DemoCatalog() {
    }

    /** Adds the courses that are not there yet, published; returns how many it added. */
    public static int load(LearningStore store) {
        Catalog catalog = store.catalog();
        Map<String, UUID> skills = skills(catalog);
        int added = 0;
        for (CourseSpec spec : COURSES) {
            if (catalog.findCourseBySlug(spec.slug()).isPresent()) {
                continue;
            }
            Course course = catalog.createCourse(CourseDetails.builder(spec.slug(), spec.title())
                    .description(spec.description())
                    .discipline("ai-engineering")
                    .difficulty(spec.level())
                    .tags(spec.tags())
                    .estimatedMinutes(spec.modules().stream().flatMap(m -> m.lessons().stream())
                            .mapToInt(LessonSpec::minutes).sum())
                    .build());
            for (ModuleSpec moduleSpec : spec.modules()) {
                CourseModule module = catalog.addModule(course.id(), ModuleDetails.of(moduleSpec.title()));
                for (LessonSpec lessonSpec : moduleSpec.lessons()) {
                    Lesson lesson = catalog.addLesson(module.id(), LessonDetails.builder(lessonSpec.title())
                            .kind(lessonSpec.kind())
                            .estimatedMinutes(lessonSpec.minutes())
                            .content("{\"blocks\":[{\"type\":\"text\",\"value\":\"" + lessonSpec.title() + "\"}]}")
                            .build());
                    catalog.linkSkill(lesson.id(), skills.get(lessonSpec.skill()));
                }
            }
            catalog.publishCourse(course.id());
            added++;
        }
        return added;
    }

    /** The skill tree: one root and a child per lesson skill, created when missing. */
    private static Map<String, UUID> skills(Catalog catalog) {
        Skill root = catalog.childSkills(null).stream().filter(s -> s.name().equals(ROOT_SKILL)).findFirst()
                .orElseGet(() -> catalog.createSkill(SkillDetails.of(ROOT_SKILL), null));
        Map<String, UUID> byName = new HashMap<>();
        catalog.childSkills(root.id()).forEach(skill -> byName.put(skill.name(), skill.id()));
        COURSES.stream().flatMap(c -> c.modules().stream()).flatMap(m -> m.lessons().stream())
                .map(LessonSpec::skill).distinct()
                .filter(name -> !byName.containsKey(name))
                .forEach(name -> byName.put(name, catalog.createSkill(SkillDetails.of(name), root.id()).id()));
        return byName;
    }
}
