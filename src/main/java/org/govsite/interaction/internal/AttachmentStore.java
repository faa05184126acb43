package org.govsite.interaction.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.govsite.interaction.LetterAttachment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letters' attachments, in PostgreSQL beside their letter, sealed with SM4 as the contact details are (FieldCipher). */
@Repository
public class AttachmentStore {

	private final JdbcClient jdbc;

	private final PersonalData personal;

	AttachmentStore(JdbcClient jdbc, PersonalData personal) {
		this.jdbc = jdbc;
		this.personal = personal;
	}

	public void insert(long letterId, AttachmentCheck.Checked file) {
		jdbc.sql("""
				insert into interaction_letter_attachment (letter_id, file_name, media_type, size, sha256, content)
				values (:letter, :name, :type, :size, :sha, :content)""")
			.param("letter", letterId)
			.param("name", file.fileName())
			.param("type", file.mediaType())
			.param("size", file.content().length)
			.param("sha", sha256(file.content()))
			.param("content", personal.sealFile(file.content()))
			.update();
	}

	public List<LetterAttachment> ofLetter(long letterId) {
		return jdbc.sql("select id, letter_id, file_name, media_type, size, public_allowed from interaction_letter_attachment"
				+ " where letter_id = :letter order by id")
			.param("letter", letterId)
			.query(this::row)
			.list();
	}

	public Optional<LetterAttachment.Download> file(long letterId, long id) {
		return jdbc.sql("select * from interaction_letter_attachment where id = :id and letter_id = :letter")
			.param("id", id)
			.param("letter", letterId)
			.query((row, number) -> new LetterAttachment.Download(row(row, number), personal.openFile(row.getBytes("content"))))
			.optional();
	}

	public void allowPublic(long letterId, long id, boolean allowed) {
		jdbc.sql("update interaction_letter_attachment set public_allowed = :allowed where id = :id and letter_id = :letter")
			.param("id", id)
			.param("letter", letterId)
			.param("allowed", allowed)
			.update();
	}

	/** Removes the attachments of the letter that were not allowed on the site; answers how many. */
	public int deleteUnpublished(long letterId) {
		return jdbc.sql("delete from interaction_letter_attachment where letter_id = :letter and not public_allowed")
			.param("letter", letterId)
			.update();
	}

	private LetterAttachment row(ResultSet row, int number) throws SQLException {
		return new LetterAttachment(row.getLong("id"), row.getLong("letter_id"), row.getString("file_name"),
				row.getString("media_type"), row.getInt("size"), row.getBoolean("public_allowed"));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
