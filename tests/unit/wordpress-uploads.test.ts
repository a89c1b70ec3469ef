import { describe, expect, it } from "vitest";
import { ImageFolder, indexFolder, resolveUpload, securedLike, uploadKey } from "@/lib/wordpress/uploads";

describe("uploads", () => {
  it("takes the path after wp-content/uploads/, percent-decoded, NFC", () => {
    expect(uploadKey("http://old.example.com/wp-content/uploads/2010/05/x-300x200.jpg")).toBe("2010/05/x-300x200.jpg");
    expect(uploadKey("/wp-content/uploads/2011/03/caf%C3%A9.jpg")).toBe("2011/03/café".normalize("NFC") + ".jpg");
    expect(uploadKey("http://old.example.com/2010/05/photo/")).toBeUndefined();
  });

  it("maps a resized copy back to its original when the original is there, else keeps the copy", () => {
    const files = new Set(["2010/05/x.jpg", "2010/05/x-300x200.jpg", "2011/02/only-150x150.png", "2020/01/big-scaled.jpg"]);
    const has = (k: string) => files.has(k);
    expect(resolveUpload("2010/05/x-300x200.jpg", has)).toBe("2010/05/x.jpg");
    expect(resolveUpload("2010/05/x.jpg", has)).toBe("2010/05/x.jpg");
    expect(resolveUpload("2011/02/only-150x150.png", has)).toBe("2011/02/only-150x150.png");
    expect(resolveUpload("2020/01/big-scaled.jpg", has)).toBe("2020/01/big-scaled.jpg");
    expect(resolveUpload("2010/05/gone.jpg", has)).toBeUndefined();
  });

  it("finds a file whose name is stored in NFD (a Mac's copy) from an NFC URL", () => {
    const index = indexFolder("tests/fixtures/wordpress/uploads");
    const key = uploadKey("/wp-content/uploads/2011/03/caf%C3%A9.jpg")!;
    expect(resolveUpload(key, (k) => index.has(k))).toBe(key);
    expect(index.get(key)).toMatch(/2011\/03\/cafe\u0301\.jpg$/);
  });

  it("gives two uploads with one name their own names in one images folder, and one upload one name", () => {
    const folder = new ImageFolder();
    expect(folder.nameFor("2011/03/photo.jpg")).toBe("photo.jpg");
    expect(folder.nameFor("2011/02/photo.jpg")).toBe("photo-2.jpg");
    expect(folder.nameFor("2011/01/Photo.jpg")).toBe("Photo-3.jpg");
    expect(folder.nameFor("2011/03/photo.jpg")).toBe("photo.jpg");
  });
});

describe("an attachment's address kept for an image not at hand (securedLike)", () => {
  it("takes the site's https on the site's own host, and leaves other addresses alone", () => {
    expect(securedLike("http://blog.example.de/wp-content/uploads/2025/03/a.png", "https://blog.example.de")).toBe("https://blog.example.de/wp-content/uploads/2025/03/a.png");
    expect(securedLike("http://cdn.example.com/a.png", "https://blog.example.de")).toBe("http://cdn.example.com/a.png");
    expect(securedLike("http://blog.example.de/a.png", "http://blog.example.de")).toBe("http://blog.example.de/a.png");
    expect(securedLike("/wp-content/uploads/a.png", "https://blog.example.de")).toBe("/wp-content/uploads/a.png");
  });
});
