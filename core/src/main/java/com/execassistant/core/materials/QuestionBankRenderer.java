package com.execassistant.core.materials;

/** Renders a {@link QuestionBank} as Markdown; all text is escaped. Shared by every writer. */
public final class QuestionBankRenderer {

    private QuestionBankRenderer() {}

    public static String render(QuestionBank bank) {
        StringBuilder md = new StringBuilder(2048);
        md.append("# Question bank: ").append(Markdown.text(bank.heading())).append("\n\n");
        md.append('_').append(Markdown.text(bank.subtitle())).append("_\n\n");
        for (String notice : bank.notices()) {
            md.append("> ").append(Markdown.text(notice)).append("\n\n");
        }
        for (QuestionGroup group : bank.groups()) {
            if (group.questions().isEmpty()) {
                continue;
            }
            md.append("## ").append(Markdown.text(group.heading())).append("\n\n");
            int n = 1;
            for (String question : group.questions()) {
                md.append(n++).append(". ").append(Markdown.text(question)).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }
}
