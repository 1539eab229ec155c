package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's headless Chromium driven by Selenium, against the real app over the demo
 * corpus. Missing Chromium or chromedriver fails the tests with the install command (CI installs
 * them in {@code .ci/run}); screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(DemoApp.Extension.class)
class BrowserIT {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("litgraph.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("litgraph.chromedriver", "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String SEPSIS = "MESH:D018805";

  private static DemoApp demo;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void startBrowser(DemoApp app) throws IOException {
    demo = app;
    for (Path exe : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(exe)) {
        fail(
            exe
                + " is missing: the browser tests need Debian's Chromium and its driver"
                + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
      }
    }
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1366,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String hash) {
    driver.get(demo.base() + "/" + hash);
  }

  private static void shot(String name) throws IOException {
    Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void searchLeadsToEntityEvidenceAndDocument() throws IOException {
    open("#/search?q=sepsis");
    visible("#doc-results .doc-hit");
    assertTrue(driver.findElement(By.cssSelector("#doc-results .snippet mark")).isDisplayed());
    shot("01-search-sepsis");
    int all = driver.findElements(By.cssSelector("#doc-results .doc-hit")).size();

    visible("#facets [data-facet=kind] a[data-value=ABSTRACT]").click();
    visible("#active-filters");
    wait.until(d -> d.findElements(By.cssSelector("#doc-results .doc-hit")).size() < all);
    for (WebElement kind : driver.findElements(By.cssSelector("#doc-results .doc-hit .kind"))) {
      assertEquals("ABSTRACT", kind.getText());
    }
    assertEquals(
        "true",
        driver
            .findElement(By.cssSelector("#facets [data-facet=kind] a[data-value=ABSTRACT]"))
            .getAttribute("aria-pressed"));

    visible("#doc-results a.entity-chip[data-entity-id='" + SEPSIS + "']").click();
    assertEquals("Sepsis", visible("#entity-card h1").getText());
    WebElement evidence = visible("#entity-relations a.evidence-link");
    shot("02-entity-sepsis");

    evidence.click();
    visible("#evidence-view .claims-table tbody tr");
    assertTrue(
        driver.findElement(By.cssSelector("#evidence-view svg.profile-chart")).isDisplayed());
    List<String> headers =
        driver.findElements(By.cssSelector(".claims-table th")).stream()
            .map(WebElement::getText)
            .map(String::toLowerCase)
            .toList();
    for (String h : List.of("sentence", "source", "date", "species", "study type", "markers")) {
      assertTrue(headers.contains(h), headers.toString());
    }
    assertFalse(driver.findElements(By.cssSelector(".claims-table .marker")).isEmpty());
    shot("03-evidence");

    visible(".claims-table tbody tr td:nth-child(2) a").click();
    visible("#document-view .doc-text a.mention");
    assertFalse(driver.findElements(By.cssSelector("#document-claims .claim")).isEmpty());
    assertTrue(driver.getCurrentUrl().contains("#/document/"));
    shot("04-document");
  }

  @Test
  void autocompleteOffersSepsisAndSepticShockAndOpensTheChosenEntity() throws IOException {
    open("#/");
    WebElement input = visible("#search-input");
    input.sendKeys("sep");
    visible("#suggestions li[role=option]");
    List<String> names =
        driver.findElements(By.cssSelector("#suggestions .suggestion-name")).stream()
            .map(WebElement::getText)
            .map(String::toLowerCase)
            .toList();
    assertTrue(names.contains("sepsis"), names.toString());
    // an option shows the entity's name and, when a synonym matched, that synonym
    List<String> options =
        driver.findElements(By.cssSelector("#suggestions li[role=option]")).stream()
            .map(WebElement::getText)
            .map(String::toLowerCase)
            .toList();
    assertTrue(options.stream().anyMatch(o -> o.contains("septic shock")), options.toString());
    shot("05-autocomplete");

    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals("true", driver.findElement(By.id("suggestion-0")).getAttribute("aria-selected"));
    assertEquals("suggestion-0", input.getAttribute("aria-activedescendant"));
    input.sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestions")));
    assertEquals("false", input.getAttribute("aria-expanded"));

    input.sendKeys("s");
    visible("#suggestions li[role=option]");
    String chosen = driver.findElement(By.id("suggestion-0")).getAttribute("data-entity-id");
    input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    wait.until(ExpectedConditions.attributeToBe(By.id("entity-card"), "data-entity-id", chosen));
  }

  @Test
  void entityPageDrawsTheNeighbourhoodGraphAndExpandsAClickedNode() throws IOException {
    open("#/entity/" + SEPSIS);
    WebElement canvas = visible("#graph-canvas");
    wait.until(d -> canvas.getDomAttribute("data-nodes") != null);
    int nodes = Integer.parseInt(canvas.getDomAttribute("data-nodes"));
    int edges = Integer.parseInt(canvas.getDomAttribute("data-edges"));
    assertTrue(nodes > 3, "nodes: " + nodes);
    js("arguments[0].scrollIntoView({block: 'center'})", canvas);
    shot("06-entity-graph");

    @SuppressWarnings("unchecked")
    List<Object> target =
        (List<Object>)
            js(
                "const cy = window.litgraphGraph;"
                    + " const n = cy.nodes().filter(x => !x.data('center'))"
                    + ".sort((a, b) => a.degree() - b.degree())[0];"
                    + " const p = n.renderedPosition(); return [n.id(), p.x, p.y];");
    String id = (String) target.get(0);
    int x = (int) Math.round(((Number) target.get(1)).doubleValue());
    int y = (int) Math.round(((Number) target.get(2)).doubleValue());
    int w = canvas.getSize().getWidth();
    int h = canvas.getSize().getHeight();
    new Actions(driver).moveToElement(canvas, x - w / 2, y - h / 2).click().perform();
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js(
                    "return window.litgraphGraph.getElementById(arguments[0]).data('expanded') === true",
                    id)));
    wait.until(
        d ->
            Integer.parseInt(canvas.getDomAttribute("data-edges")) > edges
                || Integer.parseInt(canvas.getDomAttribute("data-nodes")) > nodes);
    shot("07-graph-expanded");

    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("graph-predicate")))
        .selectByValue("co_mentioned");
    wait.until(
        d ->
            Boolean.TRUE.equals(
                js(
                    "const e = window.litgraphGraph.edges();"
                        + " return e.length > 0 && e.every(x => x.data('predicate') === 'co_mentioned');")));
  }

  @Test
  void apiErrorsAreShownAsReadableMessages() throws IOException {
    open("#/entity/MESH:D000000");
    WebElement error = visible("#error");
    assertTrue(error.getText().contains("Not Found"), error.getText());
    assertTrue(error.getText().contains("no entity with id MESH:D000000"), error.getText());
    shot("08-error-not-found");

    open("#/search?q=sepsis%20AND");
    WebElement bad = visible("#error");
    assertTrue(bad.getText().startsWith("Bad Request"), bad.getText());
    assertFalse(bad.getText().contains("Exception"), bad.getText());
  }
}
