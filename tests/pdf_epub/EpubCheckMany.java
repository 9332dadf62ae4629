// Run EPUBCheck on several files in one JVM (Java start-up is most of the 5 s per file).
// Usage: java -cp /usr/share/java/epubcheck.jar EpubCheckMany.java a.epub b.epub ...
// Prints "RESULT <file> <code>" per file; 0 means no errors and no warnings.
public class EpubCheckMany {
    public static void main(String[] args) {
        for (String file : args) {
            int code = new com.adobe.epubcheck.tool.EpubChecker().run(
                new String[] {file, "--failonwarnings"});
            System.out.println("RESULT " + file + " " + code);
        }
    }
}
