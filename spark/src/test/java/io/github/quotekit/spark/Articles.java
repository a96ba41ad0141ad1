package io.github.quotekit.spark;

import io.github.quotekit.spark.SparkTests.Document;
import java.util.ArrayList;
import java.util.List;

/** The small set of made-up articles that every test path (DataFrame, UDF, main) reads. */
final class Articles {

  private Articles() {}

  static final String FERRY =
      "Kellsbridge ferry levy clears first vote\n\n"
          + "KELLSBRIDGE — The town council voted 4-3 on Tuesday to put a ferry levy on the"
          + " November ballot.\n\n"
          + "“We can’t keep patching hulls with duct tape,” said Mayor Odile Brandvold, who has"
          + " pushed for the levy since 2021.\n\n"
          + "“The boats are older than most of my staff,” she said. “Something has to give.”\n\n"
          + "Councilman Ravi Tennant, D-Kellsbridge, called the plan “a tax on people who can least"
          + " afford it.”\n\n"
          + "“Nobody asked the islanders,” Tennant told reporters after the vote.";

  static final String STATEMENT =
      "Northvale Energy said in a statement that “service will be restored to all customers by"
      + " Friday evening.”\n\n"
      + "According to the Brindle County Water Board, “no contamination has been detected in any"
      + " of the district’s wells.”\n\n"
      + "Sen. Hazel Okonjo (R-Kan.) tweeted: \"This is what happens when maintenance is an"
      + " afterthought!\"";

  static final String MULTI_PARAGRAPH =
      "Dr. Pilar Esquivel, an epidemiologist at Harwick College, described the outbreak in"
          + " detail.\n\n"
          + "“The first cases came from the harbor district. We traced them to one kitchen.\n\n"
          + "“By the end of the week, there were forty,” Esquivel said. “Now there are none.”\n\n"
          + "“Stay home if you feel sick 🤒,” — Pilar Esquivel";

  static final String NO_QUOTES =
      "The Saltmarsh Rail Authority will close the Osk Harbor line for repairs from June 3 to"
          + " June 17. Replacement buses will run every twenty minutes.";

  /** Ids of mixed shape on purpose: the DataFrame id column is a string. */
  static List<Document> small() {
    List<Document> documents = new ArrayList<>();
    documents.add(new Document("ferry", FERRY));
    documents.add(new Document("statement", STATEMENT));
    documents.add(new Document("multi-paragraph", MULTI_PARAGRAPH));
    documents.add(new Document("no-quotes", NO_QUOTES));
    documents.add(new Document("empty", ""));
    List<String> generated = NewsGenerator.articles(7_000, 15);
    for (int i = 0; i < generated.size(); i++) {
      documents.add(new Document("generated-" + i, generated.get(i)));
    }
    return documents;
  }
}
