package com.execassistant.core.materials;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An agenda parsed as XHTML with the JDK's XML parser: parsing fails on any markup the escaping let
 * through, so reading an agenda here also proves it is well-formed.
 */
record AgendaDocument(Document dom, List<Section> sections) {

    record Section(String id, int minutes, String title, String text) {}

    static AgendaDocument parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        Document dom =
                factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<Section> sections = new ArrayList<>();
        NodeList items = dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "li");
        for (int i = 0; i < items.getLength(); i++) {
            Element li = (Element) items.item(i);
            if (li.hasAttribute("data-section")) {
                String title =
                        li.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "strong")
                                .item(0)
                                .getTextContent();
                sections.add(
                        new Section(
                                li.getAttribute("data-section"),
                                Integer.parseInt(li.getAttribute("data-minutes")),
                                title,
                                li.getTextContent()));
            }
        }
        return new AgendaDocument(dom, sections);
    }

    String text(String tag) {
        return dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", tag)
                .item(0)
                .getTextContent();
    }

    String bodyText() {
        return text("body");
    }

    List<String> ids() {
        return sections.stream().map(Section::id).toList();
    }

    int totalMinutes() {
        return sections.stream().mapToInt(Section::minutes).sum();
    }
}
