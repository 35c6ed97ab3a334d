/* decode-qmp.c: QMP replies of a stopped machine (qmp-misc.json) to machine and host-side PCI facts. */
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "json.h"
#include "strbuf.h"
#include "util.h"

/*
 * Used: query-machines (this machine type's entry: cpu-max, default CPU and
 * RAM ids, NUMA and CPU hotplug support, and compat-props where QEMU >= 9.1
 * reports them), query-memory-size-summary, query-memdev,
 * query-hotpluggable-cpus, query-pci (ids, class, interrupt pin, BAR
 * sizes: what QEMU creates before firmware runs), and on s390x and arm
 * query-cpu-model-expansion (the expansion of the default CPU model, static
 * on s390x, full on arm: its name, on s390x the base model the machine type
 * gives the guest, and its features).
 * Not used: query-version and query-target (they identify the record),
 * query-cpus-fast (thread ids), query-kvm (the host), query-acpi-ospm-status
 * (runtime), and the HMP text of info qtree / info mtree (QOM covers the tree;
 * mtree -f order is volatile).
 */

static struct json_object *reply(struct json_object *doc, const char *cmd)
{
	struct json_object *r, *ret;

	if (!json_object_object_get_ex(doc, cmd, &r) || !json_object_object_get_ex(r, "return", &ret))
		return NULL;
	return ret;
}

/* Every scalar member of obj as group/prefix<name>, except the names in skip[]. */
static void emit_members(struct json_object *obj, const char *group, const char *prefix,
			 const char *const *skip, struct facts *out)
{
	struct strbuf v = STRBUF_INIT, sub = STRBUF_INIT;
	size_t i;

	json_object_object_foreach(obj, k, val) {
		for (i = 0; skip && skip[i] && strcmp(skip[i], k); i++)
			;
		if (skip && skip[i])
			continue;
		strbuf_reset(&v);
		strbuf_reset(&sub);
		json_fact_value(val, &v);
		strbuf_addf(&sub, "%s%s", prefix, k);
		facts_add(out, group, sub.buf, v.buf);
	}
	strbuf_release(&v);
	strbuf_release(&sub);
}

static int decode_machines(struct json_object *doc, const char *machine, struct facts *out,
			   struct error *err)
{
	static const char *const skip[] = { "name", "alias", "is-default", "deprecated",
					    "is-current", "compat-props", NULL };
	struct json_object *list = reply(doc, "query-machines"), *cp;
	size_t i, n;

	if (!list)
		return 0;
	if (!json_object_is_type(list, json_type_array))
		return error_set(err, ERR_INPUT, "qmp: 'query-machines/return': expected an array");
	n = json_object_array_length(list);
	for (i = 0; i < n; i++) {
		struct json_object *m = json_object_array_get_idx(list, i), *name;

		if (!json_object_object_get_ex(m, "name", &name) || !json_object_is_type(name, json_type_string))
			return error_set(err, ERR_INPUT, "qmp: 'query-machines/return[%zu]/name': expected a string", i);
		if (strcmp(json_object_get_string(name), machine))
			continue;
		emit_members(m, "machine/info", "", skip, out);
		if (json_object_object_get_ex(m, "compat-props", &cp) && json_object_is_type(cp, json_type_array)) {
			size_t j, nc = json_object_array_length(cp);

			for (j = 0; j < nc; j++) {
				struct json_object *e = json_object_array_get_idx(cp, j), *d, *p, *v;

				if (!json_object_object_get_ex(e, "qom-type", &d) &&
				    !json_object_object_get_ex(e, "driver", &d))
					continue;
				if (!json_object_object_get_ex(e, "property", &p) ||
				    !json_object_object_get_ex(e, "value", &v))
					continue;
				{
					char *sub = xstrfmt("%s.%s", json_object_get_string(d), json_object_get_string(p));

					facts_add(out, "machine/compat", sub, json_object_get_string(v));
					free(sub);
				}
			}
		}
		return 0;
	}
	return 0;
}

static void decode_misc(struct json_object *doc, struct facts *out)
{
	static const char *const memdev_skip[] = { "id", "host-nodes", NULL };
	struct json_object *r;
	size_t i, n;

	if ((r = reply(doc, "query-memory-size-summary")) && json_object_is_type(r, json_type_object))
		emit_members(r, "machine/memory", "", NULL, out);
	if ((r = reply(doc, "query-memdev")) && json_object_is_type(r, json_type_array)) {
		n = json_object_array_length(r);
		for (i = 0; i < n; i++) {
			struct json_object *m = json_object_array_get_idx(r, i), *id;
			char *group;

			if (!json_object_object_get_ex(m, "id", &id))
				continue;
			group = xstrfmt("machine/memdev/%s", json_object_get_string(id));
			emit_members(m, group, "", memdev_skip, out);
			free(group);
		}
	}
	if ((r = reply(doc, "query-cpu-model-expansion")) && json_object_object_get_ex(r, "model", &r) &&
	    json_object_is_type(r, json_type_object)) {
		struct json_object *name, *props;

		if (json_object_object_get_ex(r, "name", &name) && json_object_is_type(name, json_type_string))
			facts_add(out, "machine/cpu-model", "name", json_object_get_string(name));
		if (json_object_object_get_ex(r, "props", &props) && json_object_is_type(props, json_type_object))
			emit_members(props, "machine/cpu-model/props", "", NULL, out);
	}
	if ((r = reply(doc, "query-hotpluggable-cpus")) && json_object_is_type(r, json_type_array)) {
		n = json_object_array_length(r);
		for (i = 0; i < n; i++) {
			struct json_object *c = json_object_array_get_idx(r, i), *props, *t, *vc;
			struct strbuf key = STRBUF_INIT;

			if (!json_object_object_get_ex(c, "props", &props) ||
			    !json_object_is_type(props, json_type_object))
				continue;
			strbuf_addstr(&key, "machine/cpus/");
			json_canonical(props, &key);
			if (json_object_object_get_ex(c, "type", &t))
				facts_add(out, key.buf, "type", json_object_get_string(t));
			if (json_object_object_get_ex(c, "vcpus-count", &vc))
				facts_add(out, key.buf, "vcpus-count", json_object_get_string(vc));
			strbuf_release(&key);
		}
	}
}

static int get_int(struct json_object *o, const char *name, long long *v)
{
	struct json_object *x;

	if (!json_object_object_get_ex(o, name, &x) || !json_object_is_type(x, json_type_int))
		return -1;
	*v = json_object_get_int64(x);
	return 0;
}

static int decode_pci_bus(struct json_object *devices, const char *parent, struct facts *out,
			  struct error *err)
{
	size_t i, n = json_object_array_length(devices);

	for (i = 0; i < n; i++) {
		struct json_object *d = json_object_array_get_idx(devices, i), *id, *ci, *regions, *br;
		long long slot, fn, v;
		char *group;
		size_t j;

		if (get_int(d, "slot", &slot) || get_int(d, "function", &fn))
			return error_set(err, ERR_INPUT, "qmp: 'query-pci' device %zu: missing slot or function", i);
		group = xstrfmt("%s/%02llx.%llx", parent, slot, fn);
		if (json_object_object_get_ex(d, "id", &id)) {
			if (!get_int(id, "vendor", &v))
				facts_addf(out, group, "vendor", "0x%04llx", v);
			if (!get_int(id, "device", &v))
				facts_addf(out, group, "device", "0x%04llx", v);
			if (!get_int(id, "subsystem-vendor", &v))
				facts_addf(out, group, "subsystem_vendor", "0x%04llx", v);
			if (!get_int(id, "subsystem", &v))
				facts_addf(out, group, "subsystem", "0x%04llx", v);
		}
		if (json_object_object_get_ex(d, "class_info", &ci) && !get_int(ci, "class", &v))
			facts_addf(out, group, "class", "0x%04llx", v);
		if (!get_int(d, "irq_pin", &v))
			facts_addf(out, group, "interrupt_pin", "%lld", v);
		if (json_object_object_get_ex(d, "regions", &regions) && json_object_is_type(regions, json_type_array)) {
			for (j = 0; j < json_object_array_length(regions); j++) {
				struct json_object *r = json_object_array_get_idx(regions, j), *t, *b;
				long long bar, size;
				char sub[64];

				if (get_int(r, "bar", &bar) || get_int(r, "size", &size))
					continue;
				snprintf(sub, sizeof(sub), bar == 6 ? "rom/size" : "bar%lld/size", bar);
				facts_addf(out, group, sub, "%lld", size);
				if (json_object_object_get_ex(r, "type", &t)) {
					struct strbuf ty = STRBUF_INIT;

					strbuf_addstr(&ty, json_object_get_string(t));
					if (json_object_object_get_ex(r, "mem_type_64", &b) && json_object_get_boolean(b))
						strbuf_addstr(&ty, " 64bit");
					if (json_object_object_get_ex(r, "prefetch", &b) && json_object_get_boolean(b))
						strbuf_addstr(&ty, " prefetch");
					snprintf(sub, sizeof(sub), bar == 6 ? "rom/type" : "bar%lld/type", bar);
					facts_add(out, group, sub, ty.buf);
					strbuf_release(&ty);
				}
			}
		}
		if (json_object_object_get_ex(d, "pci_bridge", &br)) {
			struct json_object *devs;

			if (json_object_object_get_ex(br, "devices", &devs) &&
			    json_object_is_type(devs, json_type_array) &&
			    decode_pci_bus(devs, group, out, err)) {
				free(group);
				return -1;
			}
		}
		free(group);
	}
	return 0;
}

int decode_qmp(struct json_object *doc, const char *machine, struct facts *out, struct error *err)
{
	struct json_object *pci;
	size_t i;

	if (!json_object_is_type(doc, json_type_object))
		return error_set(err, ERR_INPUT, "qmp: expected an object keyed by command");
	if (decode_machines(doc, machine, out, err))
		return -1;
	decode_misc(doc, out);
	pci = reply(doc, "query-pci");
	if (pci && !json_object_is_type(pci, json_type_array))
		return error_set(err, ERR_INPUT, "qmp: 'query-pci/return': expected an array");
	for (i = 0; pci && i < json_object_array_length(pci); i++) {
		struct json_object *bus = json_object_array_get_idx(pci, i), *devs;
		long long b;
		char *group;
		int rc;

		if (get_int(bus, "bus", &b) || !json_object_object_get_ex(bus, "devices", &devs) ||
		    !json_object_is_type(devs, json_type_array))
			return error_set(err, ERR_INPUT, "qmp: 'query-pci/return[%zu]': expected bus and devices", i);
		group = xstrfmt("hostpci/%02llx", b);
		rc = decode_pci_bus(devs, group, out, err);
		free(group);
		if (rc)
			return -1;
	}
	return 0;
}
