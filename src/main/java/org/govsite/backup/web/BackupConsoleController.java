package org.govsite.backup.web;

import org.govsite.audit.Audited;
import org.govsite.backup.BackupSet;
import org.govsite.backup.Backups;
import org.govsite.platform.BackOffice;
import org.govsite.platform.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 数据备份: the system administrator's backups (SPEC §12), their checks, and a backup taken now. */
@Controller
@BackOffice
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class BackupConsoleController {

	private static final int SHOWN = 30;

	private final Backups backups;

	private final MessageSource messages;

	BackupConsoleController(Backups backups, MessageSource messages) {
		this.backups = backups;
		this.messages = messages;
	}

	@GetMapping("/admin/backups")
	String list(Model model) {
		model.addAttribute("status", backups.status());
		model.addAttribute("sets", backups.recent(SHOWN));
		return "backup/list";
	}

	@PostMapping("/admin/backups/run")
	@Audited(value = "backup.backUpNow", objectType = "backup")
	String backUpNow(RedirectAttributes redirect) {
		backups.backUpNow();
		redirect.addFlashAttribute("successMessage", message("backup.done.backUpNow"));
		return "redirect:/admin/backups";
	}

	@PostMapping("/admin/backups/{name}/verify")
	@Audited(value = "backup.verify", objectType = "backup", objectIdParameter = "name")
	String verify(@PathVariable String name, RedirectAttributes redirect) {
		if (!name.matches("govsite-[0-9]{8}-[0-9]{6}(-[0-9]+)?")) {
			throw new NotFound("backup", name);
		}
		BackupSet set = backups.verify(name);
		if (Boolean.TRUE.equals(set.verifiedOk())) {
			redirect.addFlashAttribute("successMessage", message("backup.done.verified", name));
		}
		else {
			redirect.addFlashAttribute("errorMessage", message("backup.done.verifyFailed", name, set.verifyProblem()));
		}
		return "redirect:/admin/backups";
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
