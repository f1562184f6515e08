package tn.entrix.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A read-only view of a domain's {@code config/domain.xml}, the file the server itself writes after every
 * configuration command. Reading it answers "does the pool exist?" in microseconds, where each {@code asadmin list-*}
 * call costs a JVM start (1.5 to 2.5 s here).
 */
final class DomainXml {

    /** The configuration of the one server (the DAS) a dev or test domain runs; domain.xml also has default-config. */
    static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";

    private final Path file;
    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private DomainXml(Path file, Document document) {
        this.file = file;
        this.document = document;
    }

    static DomainXml read(Path domainDirectory) {
        Path file = domainDirectory.resolve("config/domain.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new DomainXml(file, factory.newDocumentBuilder().parse(file.toFile()));
        } catch (Exception e) {
            throw new StackFailure("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the XPath expression selects at least one node (or, for a boolean expression, is true). */
    boolean matches(String expression) {
        try {
            Object result = xpath.evaluate("boolean(" + expression + ")", document, XPathConstants.BOOLEAN);
            return (Boolean) result;
        } catch (XPathExpressionException e) {
            throw new StackFailure("Bad XPath in the domain template: " + expression + " (" + e.getMessage() + ")");
        }
    }

    /** The server's JVM options, in order. */
    List<String> jvmOptions() {
        NodeList nodes = nodes(SERVER_CONFIG + "/java-config/jvm-options");
        List<String> options = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            options.add(nodes.item(i).getTextContent().strip());
        }
        return options;
    }

    /** The port of a network listener of the server, e.g. {@code admin-listener} or {@code http-listener-1}. */
    int listenerPort(String listener) {
        String port = text(SERVER_CONFIG + "/network-config/network-listeners/network-listener[@name='" + listener
                + "']/@port");
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new StackFailure("No port for " + listener + " in " + file + " (found '" + port + "')");
        }
    }

    private String text(String expression) {
        try {
            return xpath.evaluate(expression, document).strip();
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private NodeList nodes(String expression) {
        try {
            return (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }
}
